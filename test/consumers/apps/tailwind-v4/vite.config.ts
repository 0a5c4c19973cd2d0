import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // index.html: Tailwind's own dark: variant (the OS); shadcn.html: shadcn/ui's theme, switched by
  // a `dark` class on <html> (as next-themes sets it).
  build: { rollupOptions: { input: ["index.html", "shadcn.html"] } },
});
