import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The desktop UI (ui/) is built into dist-ui/, which the local server serves. In development,
// `npm run dev -w @siui/desktop` forwards /api to a running desktop (SIUI_DESKTOP_URL).
export default defineConfig({
  root: 'ui',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-ui',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': process.env.SIUI_DESKTOP_URL ?? 'http://127.0.0.1:5180' },
  },
});
