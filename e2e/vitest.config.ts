import { defineConfig } from 'vitest/config';

/** Browser and whole-process tests against the built app (run `npm run build` first). */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
