import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRootDir } from '@caucus/server/find-root-dir';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { countCommand } from './count';

const FIXTURES = join(findRootDir(), 'packages', 'count', 'fixtures');
const WARD = join(FIXTURES, 'scotland-2017', 'blt', 'fife_ward15.blt');
const dir = mkdtempSync(join(tmpdir(), 'caucus-count-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  return { stdout: () => out.join(''), stderr: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('caucus count', () => {
  it('prints one file as a stage sheet, as JSON, or as Droop’s report', async () => {
    const io = capture();
    await countCommand([WARD, '-m', 'scottish']);
    expect(io.stdout()).toContain('Stage 1: first preferences. Elected: Ross VETTRAINO (SNP).');
    const json = capture();
    await countCommand([WARD, '-m', 'scottish', '--json']);
    expect(JSON.parse(json.stdout())).toMatchObject({ method: 'scottish', quota: '1212' });
    const droop = capture();
    const vegetables = join(FIXTURES, 'meek-references', 'stv-rs', 'testdata', 'ballots', 'vegetables.blt');
    await countCommand([vegetables, '-m', 'meek-droop', '--format', 'droop']);
    expect(droop.stdout()).toContain('Action: Defeat (surplus 0.000000461 < omega): Apple');
  });

  it('counts several files in worker threads, in the order given, with a summary and the failures', async () => {
    const broken = join(dir, 'broken.blt');
    writeFileSync(broken, '2 1\n1 1 9 0\n0\n"A"\n"B"\n');
    const io = capture();
    await countCommand([WARD, broken, WARD, '-m', 'scottish', '--json']);
    const lines = io
      .stdout()
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { file: string; quota?: string; error?: { type: string; message: string } },
      );
    expect(lines.map((line) => line.file)).toEqual([WARD, broken, WARD]);
    expect(lines[0]?.quota).toBe('1212');
    expect(lines[1]?.error).toEqual({
      type: 'BltParseError',
      message: 'BLT line 2: expected a candidate number from 1 to 2, found "9"',
    });
    expect(io.stderr()).toMatch(/Counted 2 of 3 files in [\d.]+ s; 1 could not be counted/);
    expect(process.exitCode).toBe(1);
  });

  it('heads each sheet with its file when counting several as text', async () => {
    const io = capture();
    await countCommand([WARD, WARD, '-m', 'av']);
    expect(io.stdout().match(/==> .*fife_ward15\.blt <==/g)).toHaveLength(2);
    expect(readFileSync(WARD, 'utf8').length).toBeGreaterThan(0);
  });

  it('says what is wrong with a missing file or an empty folder', async () => {
    await expect(countCommand([join(dir, 'missing.blt'), '-m', 'av'])).rejects.toThrow(
      /missing\.blt: Cannot read .*no such file/,
    );
    const empty = mkdtempSync(join(dir, 'empty-'));
    await expect(countCommand([empty, '-m', 'av'])).rejects.toThrow(/holds no \.blt files/);
  });
});
