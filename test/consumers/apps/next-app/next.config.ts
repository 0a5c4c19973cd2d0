import type { NextConfig } from "next";

// As create-next-app writes it, with recap-kit's loader: `import recap from "./kubecon.recap.md"`
// gives the recap parsed at build time, with Turbopack (`next build`) and with webpack (`--webpack`).
const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  turbopack: {
    rules: {
      "*.recap.md": { loaders: ["recap-kit/webpack"], as: "*.js" },
      "*.recap.json": { loaders: ["recap-kit/webpack"], as: "*.js" },
    },
  },
  webpack: (config) => {
    config.module.rules.push({ test: /\.recap\.(md|json)$/, type: "javascript/auto", use: "recap-kit/webpack" });
    return config;
  },
};

export default nextConfig;
