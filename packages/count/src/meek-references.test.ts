import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt-reader';
import { type CountOptions, countElection } from './count';
import { renderMeekTranscript } from './meek-transcript';

const root = new URL('../fixtures/meek-references/', import.meta.url);

interface ReferenceCase {
  readonly name: string;
  readonly ballots: URL;
  readonly transcript: URL;
  readonly options: CountOptions;
}

/** Every .blt file under `dir`, relative to it, without the extension. */
function ballotFiles(dir: URL, prefix = ''): string[] {
  return readdirSync(new URL(prefix, dir)).flatMap((entry) => {
    const path = `${prefix}${entry}`;
    if (statSync(new URL(path, dir)).isDirectory()) return ballotFiles(dir, `${path}/`);
    return entry.endsWith('.blt') ? [path.slice(0, -4)] : [];
  });
}

const stvRsBallots = new URL('stv-rs/testdata/ballots/', root);
const cases: ReferenceCase[] = [
  // stv-rs runs Droop's `meek` rule (`--arithmetic fixed9 meek`); its CI counts the crash cases
  // with --force-positive-surplus.
  ...ballotFiles(stvRsBallots).map((name) => ({
    name: `stv-rs ${name}`,
    ballots: new URL(`${name}.blt`, stvRsBallots),
    transcript: new URL(`stv-rs/testdata/meek/${name}.fixed9.log`, root),
    options: {
      method: 'meek-droop',
      ...(name.startsWith('crashes/') ? { positiveSurplus: true } : {}),
    } as const,
  })),
  ...readdirSync(new URL('droop/blt/', root)).map((file) => {
    const name = file.replace(/\.blt$/, '');
    return {
      name: `Droop ${name}`,
      ballots: new URL(`droop/blt/${file}`, root),
      transcript: new URL(`droop/ref/${name}-meek-prf-o6-fixed-p9-d9.txt`, root),
      options: { method: 'meek' } as const,
    };
  }),
];

/** The report without the line naming the implementation, and without trailing blank lines. */
function comparable(report: string): string {
  return report
    .split('\n')
    .filter((line) => !/^\t(Implementation|Droop package):/.test(line))
    .join('\n')
    .trimEnd();
}

describe('Meek reference counts (Droop meek-prf and stv-rs transcripts)', () => {
  it('has all 19 reference cases', () => {
    expect(cases).toHaveLength(19);
  });

  for (const { name, ballots, transcript, options } of cases) {
    it(`${name}: the same actions and figures, line by line`, () => {
      const result = countElection(parseBlt(readFileSync(ballots, 'utf8')), options);
      expect(comparable(renderMeekTranscript(result))).toBe(comparable(readFileSync(transcript, 'utf8')));
    });
  }
});
