import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vite build of the web app; in `vite dev` the API is proxied to a running `caucus serve`. */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
