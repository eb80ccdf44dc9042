import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The checkout root. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'apps', 'cli', 'bin', 'caucus.js');

/** A `caucus serve` process started for a test. */
export interface CaucusServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  dataDir: string;
  /** Sends SIGTERM and waits for exit; returns the exit code. */
  stop(): Promise<number | null>;
}

/** Makes a fresh, empty data folder for the embedded database. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'caucus-e2e-'));
}

/** Starts the built `caucus serve` on a free port and waits for its banner. */
export async function startCaucus(
  env: Record<string, string> = {},
  dataDir = freshDataDir(),
): Promise<CaucusServer> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', CAUCUS_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`caucus serve did not start in 60 s:\n${output}`)),
      60_000,
    );
    const check = () => {
      const match = /Caucus is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`caucus serve exited with ${code} before starting:\n${output}`));
    });
  });
  return {
    url: url.replace('localhost', '127.0.0.1'),
    process: child,
    output: () => output,
    dataDir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the built `caucus` command to completion. */
export function runCaucus(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Removes a data folder made by freshDataDir. */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
