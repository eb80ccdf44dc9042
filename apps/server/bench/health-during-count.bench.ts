// Does a heavy count hold up the server? Starts the built `caucus serve` on a fresh embedded
// database, signs in, sends a 4 MB Meek count (about 130,000 ballot lines) and, while it runs,
// asks GET /api/health every 10 ms. Prints the health check's latency (median, p99, worst) during
// the count, beside the same with no count running, and how long the count took.

import { removeDataDir, startCaucus } from '../../../e2e/support/caucus-process';
import { meekBlt } from '../../../packages/count/bench/synthetic';

const server = await startCaucus();
try {
  const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo.member@example.org', password: 'caucus-demo-password' }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };

  const healthLatencies = async (whileRunning: () => boolean, atLeast = 0): Promise<number[]> => {
    const times: number[] = [];
    while (whileRunning() || times.length < atLeast) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/health`);
      await res.arrayBuffer();
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return times;
  };
  const summary = (times: number[]): string => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    return `median ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, worst ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms over ${times.length} requests`;
  };

  await healthLatencies(() => false, 20);
  const idle = await healthLatencies(() => false, 100);
  const blt = meekBlt(130_000);
  let running = true;
  const started = performance.now();
  const counting = fetch(`${server.url}/api/count`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ method: 'meek', blt }),
  }).then(async (res) => {
    const body = (await res.json()) as { elected?: string[]; detail?: string };
    running = false;
    if (!res.ok) throw new Error(`count failed: ${res.status} ${body.detail}`);
    return { ms: performance.now() - started, elected: body.elected?.length ?? 0 };
  });
  const during = await healthLatencies(() => running);
  const count = await counting;
  process.stdout.write(
    `POST /api/count, Meek, ${(blt.length / 1e6).toFixed(1)} MB of BLT (130,000 papers, signed in): ${(count.ms / 1000).toFixed(2)} s, ${count.elected} elected\n`,
  );
  process.stdout.write(`GET /api/health while no count runs: ${summary(idle)}\n`);
  process.stdout.write(`GET /api/health during the count: ${summary(during)} (target p99 < 50 ms)\n`);
} finally {
  await server.stop();
  removeDataDir(server.dataDir);
}
