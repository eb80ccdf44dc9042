// Builds what is out of date: the CLI/server bundle (esbuild) and the web app (Vite).
// Usage: node scripts/build.mjs [--force] [--only cli|web]
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

/** Newest modification time (ms) of any file under the given paths, skipping tests. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry === 'node_modules' || entry === 'dist') continue;
        visit(join(path, entry));
      }
    } else if (!/\.test\.tsx?$/.test(path)) {
      latest = Math.max(latest, info.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return latest;
}

function isStale(output, inputs) {
  if (force) return true;
  const out = join(root, output);
  return !existsSync(out) || statSync(out).mtimeMs < newest(inputs);
}

const packages = ['packages/count/src', 'packages/elections/src', 'packages/party/src', 'packages/db/src'];

async function buildCli() {
  const esbuild = await import('esbuild');
  // Chunk names carry content hashes: clear old ones so dist holds only this build.
  rmSync(join(root, 'apps/cli/dist'), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    // The count worker is its own entry so that worker threads can load it from dist/.
    entryPoints: {
      caucus: 'apps/cli/src/caucus.ts',
      'count-worker': 'apps/server/src/features/count/count-worker.ts',
    },
    outdir: 'apps/cli/dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { 'process.env.CAUCUS_VERSION': JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
    plugins: [
      {
        // Workspace packages are bundled from source; npm packages stay external and load from node_modules.
        name: 'externalize-npm-packages',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (resolveArgs) =>
            resolveArgs.path.startsWith('@caucus/') ? undefined : { path: resolveArgs.path, external: true },
          );
        },
      },
    ],
  });
}

async function buildWeb() {
  const { build } = await import('vite');
  await build({ root: join(root, 'apps/web'), logLevel: 'warn' });
}

const steps = [
  {
    name: 'cli',
    output: 'apps/cli/dist/caucus.js',
    inputs: ['apps/cli/src', 'apps/server/src', ...packages, 'package-lock.json', 'scripts/build.mjs'],
    run: buildCli,
  },
  {
    name: 'web',
    output: 'apps/web/dist/index.html',
    inputs: [
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/public',
      'apps/web/vite.config.ts',
      ...packages,
      'package-lock.json',
    ],
    run: buildWeb,
  },
];

for (const step of steps) {
  if (only && step.name !== only) continue;
  if (!isStale(step.output, step.inputs)) continue;
  const started = performance.now();
  try {
    await step.run();
  } catch (error) {
    process.stderr.write(
      `Build of ${step.name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`Built ${step.name} in ${Math.round(performance.now() - started)} ms\n`);
}
