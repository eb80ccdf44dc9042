import { defineConfig } from 'vitest/config';

/** Unit and database tests, one Vitest project per workspace. End-to-end tests live in e2e/. */
const node = (name: string, dir: string) => ({
  test: {
    name,
    root: dir,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node' as const,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      node('count', 'packages/count'),
      node('elections', 'packages/elections'),
      node('party', 'packages/party'),
      node('party-import', 'packages/party-import'),
      node('demo', 'packages/demo'),
      node('meetings', 'packages/meetings'),
      node('ballots', 'packages/ballots'),
      node('selections', 'packages/selections'),
      node('organising', 'packages/organising'),
      node('discussion', 'packages/discussion'),
      node('discipline', 'packages/discipline'),
      node('rule-book', 'packages/rule-book'),
      node('db', 'packages/db'),
      node('server', 'apps/server'),
      node('cli', 'apps/cli'),
      {
        test: {
          name: 'repo',
          root: '.',
          include: ['scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          root: 'apps/web',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
        },
      },
    ],
  },
});
