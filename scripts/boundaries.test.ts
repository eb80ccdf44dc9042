import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'scripts', 'boundary-fixtures');

function cruise(baseDir: string, targets: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      '--config',
      join(root, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
      ...targets,
    ],
    { cwd: baseDir, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the boundary rules', () => {
  const found = cruise(fixtures, ['apps', 'packages']);

  it('fail on deliberate violations', () => {
    expect(found.status).not.toBe(0);
  });

  it.each([
    ['web-no-cross-feature', 'apps/web/src/features/results/cross-feature.ts'],
    ['server-no-cross-feature', 'apps/server/src/features/rolls/cross-feature.ts'],
    ['server-no-upward', 'apps/server/src/http/upward.ts'],
    ['pure-no-node-core', 'packages/count/src/does-io.ts'],
    ['no-package-internals', 'packages/meetings/src/reaches-internals.ts'],
    ['kernel-depends-on-no-domain', 'packages/party/src/uses-domain.ts'],
  ])('%s catches %s', (rule, file) => {
    expect(found.output).toMatch(new RegExp(`${rule}: ${file.replaceAll('.', '\\.')}`));
  });

  it('pass on the repository itself', () => {
    const repo = cruise(root, ['packages', 'apps/server/src', 'apps/cli/src', 'apps/web/src', 'e2e']);
    expect(repo.output).toContain('no dependency violations found');
    expect(repo.status).toBe(0);
  });
});
