import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt-reader';
import { countElection } from './count';
import { resultToJson } from './result';
import { renderStageTable } from './stage-table';

const fixture = (id: string) =>
  parseBlt(readFileSync(new URL(`../fixtures/scotland-2017/blt/${id}.blt`, import.meta.url), 'utf8'));

describe('renderStageTable', () => {
  const table = renderStageTable(
    resultToJson(countElection(fixture('edinburgh_ward02'), { method: 'scottish' })),
  );

  it('heads the sheet with the title, method, seats, quota and poll', () => {
    expect(table.split('\n').slice(0, 3)).toEqual([
      'Ward 2 - Pentland Hills',
      '',
      'Method: Scottish STV   Seats: 4   Quota: 2264   Valid papers: 11315   Invalid: 0',
    ]);
  });

  it('names the tie procedure and its source before stage 1', () => {
    expect(table).toContain('Ties: SSI 2007/42 Schedule 1 rules 49(2)–(3) and 51(2)');
    expect(table).toContain('Lots are drawn with seed “0”.');
    const meek = renderStageTable(
      resultToJson(countElection(fixture('edinburgh_ward02'), { method: 'meek', seed: 'x' })),
    );
    expect(meek).toMatch(/Tie order \(drawn before stage 1 with seed “x”\): /);
  });

  it('lists irregular ballot lines with their line number and what the rule did', () => {
    const election = parseBlt('2 1\n3 1=2 0\n1 1 0\n0\n"A"\n"B"\n');
    const sheet = renderStageTable(resultToJson(countElection(election, { method: 'scottish' })));
    expect(sheet).toContain('  line 2 (3 papers): equal ranking at preference 1; the paper is invalid');
  });

  it('says what each stage did', () => {
    expect(table).toContain(
      'Stage 1: first preferences. Elected: Graeme BRUCE (C), Neil GARDINER (SNP), Ricky HENDERSON (Lab).',
    );
    expect(table).toContain('Stage 2: surplus of Graeme BRUCE (C) transferred. Elected: Susan WEBBER (C).');
  });

  it('tabulates every candidate at every stage, with the non-transferable votes and the total', () => {
    expect(table).toMatch(/Graeme BRUCE \(C\) +3083\.00000 \* +2264\.00000/);
    expect(table).toMatch(/Non-transferable +0\.00000 +45\.95850/);
    expect(table).toMatch(/Total +11315\.00000 +11315\.00000/);
    expect(table).toContain(
      'Elected: 1. Graeme BRUCE (C)  2. Neil GARDINER (SNP)  3. Ricky HENDERSON (Lab)  4. Susan WEBBER (C)',
    );
  });

  it('splits long counts into blocks of stages that fit the width, and lists ties', () => {
    const long = renderStageTable(
      resultToJson(countElection(fixture('renfrewshire_ward03'), { method: 'scottish' })),
      {
        width: 80,
      },
    );
    const rows = long.split('\n').filter((line) => /\d\.\d{5}/.test(line));
    expect(rows.length).toBeGreaterThan(11);
    expect(Math.max(...rows.map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(long).toContain('Stage 9');
    expect(long).toContain('Ties:');
    expect(long).toContain(
      'stage 6, surplus-order: Neill GRAHAM (C), JIM SHARKEY (Lab); by earlier totals → JIM SHARKEY (Lab)',
    );
  });
});
