import type { Config } from "@react-router/dev/config";

// Framework mode, server-rendered; the one page is prerendered at build time, so the test serves
// build/client as static files, and the browser hydrates it.
export default {
  ssr: true,
  prerender: ["/"],
} satisfies Config;
