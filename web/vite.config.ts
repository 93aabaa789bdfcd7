import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// Relative asset URLs so the bundle works wherever the server mounts it.
export default defineConfig({
  root,
  base: "./",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // The offline world map is bundled on purpose; keep the warning for real regressions.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { "/api": process.env.MARSAD_API ?? "http://127.0.0.1:8080" },
  },
});
