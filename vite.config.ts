import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built into dist/web, which the server serves.
// In development, API calls are proxied to the server on port 3000 (npm run dev starts both).
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // No inline assets: the Content-Security-Policy only allows files from our own origin
    // (images may use data: URLs, but fonts and scripts may not).
    assetsInlineLimit: 0,
    // Libraries in their own chunks: they change less often than our code, so browsers keep them cached.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/ },
            { name: 'libs', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEERBAAR_WEB_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/api': {
        target: process.env.WEERBAAR_API_URL ?? 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
});
