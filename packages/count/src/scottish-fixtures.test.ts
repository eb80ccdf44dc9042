import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt-reader';
import { countElection } from './count';
import { resultToJson } from './result';

interface ExpectedStage {
  stage: number;
  totals: Record<string, string>;
  nonTransferable?: string;
}

interface ExpectedWard {
  id: string;
  seats: number;
  quota: number;
  validPoll: number;
  candidates: string[];
  elected: string[];
  stages: ExpectedStage[];
  tiesResolved?: { stage: number; what: string; by: string; candidates: string[] }[];
}

const root = new URL('../fixtures/scotland-2017/', import.meta.url);
const wards = readdirSync(new URL('expected/', root)).map((file) => file.replace(/\.json$/, ''));

describe('Scottish council elections 2017 (official stage-by-stage results)', () => {
  it('has all six wards', () => {
    expect(wards).toHaveLength(6);
  });

  for (const id of wards) {
    describe(id, () => {
      const expected = JSON.parse(readFileSync(new URL(`expected/${id}.json`, root), 'utf8')) as ExpectedWard;
      const election = parseBlt(readFileSync(new URL(`blt/${id}.blt`, root), 'utf8'));
      const result = resultToJson(countElection(election, { method: 'scottish' }));

      it('reads the candidates, seats and valid poll', () => {
        expect(election.candidates).toEqual(expected.candidates);
        expect(result.seats).toBe(expected.seats);
        expect(result.validVotes).toBe(expected.validPoll);
        expect(result.quota).toBe(String(expected.quota));
      });

      it('elects the same candidates in the same order', () => {
        expect(result.elected).toEqual(expected.elected);
      });

      it('reproduces every published stage total and non-transferable figure', () => {
        expect(result.stages).toHaveLength(expected.stages.length);
        expected.stages.forEach((stage, index) => {
          const mine = result.stages[index];
          expect(mine?.stage).toBe(stage.stage);
          expect(mine?.totals).toEqual(stage.totals);
          if (stage.nonTransferable !== undefined) expect(mine?.nonTransferable).toBe(stage.nonTransferable);
        });
      });

      it('records the same ties, broken the same way', () => {
        const ties = result.ties.map((tie) => ({
          stage: tie.stage,
          what: tie.what,
          by: tie.by,
          candidates: [...tie.candidates].sort(),
        }));
        const published = (expected.tiesResolved ?? []).map((tie) => ({
          ...tie,
          candidates: [...tie.candidates].sort(),
        }));
        expect(ties).toEqual(expect.arrayContaining(published));
        expect(ties).toHaveLength(published.length);
      });
    });
  }

  it('transfers the tied surplus of the candidate higher at the most recent earlier stage first (Renfrewshire)', () => {
    const election = parseBlt(readFileSync(new URL('blt/renfrewshire_ward03.blt', root), 'utf8'));
    const result = resultToJson(countElection(election, { method: 'scottish' }));
    expect(result.stages[6]?.action).toEqual({ type: 'surplus', candidate: 'JIM SHARKEY (Lab)' });
    expect(result.stages[7]?.action).toEqual({ type: 'surplus', candidate: 'Neill GRAHAM (C)' });
  });

  it('makes no surplus stage for a candidate elected exactly on the quota (Argyll and Bute)', () => {
    const election = parseBlt(readFileSync(new URL('blt/argyll_bute_ward07.blt', root), 'utf8'));
    const result = resultToJson(countElection(election, { method: 'scottish' }));
    expect(result.stages[6]?.totals['Bobby GOOD (C)']).toBe('732.00000');
    expect(result.stages[7]?.action.type).toBe('exclusion');
    expect(result.stages.filter((stage) => stage.action.type === 'surplus')).toHaveLength(0);
  });
});
