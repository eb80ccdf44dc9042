import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app from apps/web/dist: files as they are (hashed assets cached for a
 * year), and index.html for any other path so the client router can take over.
 */
export function serveWebApp(rootDir: string) {
  const distDir = join(rootDir, 'apps', 'web', 'dist');
  return async (c: Context): Promise<Response> => {
    const requested = normalize(decodeURIComponent(c.req.path)).replace(/^([/\\])+/, '');
    const candidate = join(distDir, requested);
    if (candidate.startsWith(distDir + sep) && (await isFile(candidate))) {
      const immutable = requested.startsWith(`assets${sep}`);
      return new Response(await readFile(candidate), {
        headers: {
          'content-type': CONTENT_TYPES[extname(candidate)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        },
      });
    }
    const index = join(distDir, 'index.html');
    if (!(await isFile(index))) {
      return new Response(
        `The Caucus web app has not been built, so there is nothing to show at ${c.req.path}.\n` +
          'Run `npm run build` (or `npm start`, which builds first). The API is up: see /api/docs.\n',
        { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } },
      );
    }
    return new Response(await readFile(index), {
      headers: { 'content-type': CONTENT_TYPES['.html'] ?? 'text/html', 'cache-control': 'no-cache' },
    });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
