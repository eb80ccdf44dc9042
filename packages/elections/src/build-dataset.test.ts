import { describe, expect, it } from 'vitest';
import { MissingDataFileError } from './build-dataset';
import { InvalidValueError } from './data-file-error';
import { electionSummary } from './election-summary';
import { DATASET_FILES, parseDataset } from './parse-dataset';
import { catchError } from './testing/catch-error';
import { readAllDataFiles, realDataset } from './testing/data-files';
import { turnout } from './turnout';

const dataset = realDataset();
const contest = (electionId: string, code: string) =>
  dataset.contests.find((c) => c.electionId === electionId && c.code === code);

describe('the dataset built from data/', () => {
  it('has 650 seats on each boundary set, 7 general/notional elections and 65 by-elections', () => {
    expect(dataset.constituencies.filter((seat) => seat.boundarySet === '2010')).toHaveLength(650);
    expect(dataset.constituencies.filter((seat) => seat.boundarySet === '2024')).toHaveLength(650);
    expect(
      dataset.elections.filter((election) => election.kind !== 'by-election').map((election) => election.id),
    ).toEqual(['notional2005', 'ge2010', 'ge2015', 'ge2017', 'ge2019', 'notional2019', 'ge2024']);
    expect(dataset.elections.filter((election) => election.kind === 'by-election')).toHaveLength(65);
    expect(dataset.contests).toHaveLength(650 * 7 + 65);
  });

  it.each([
    [2010, { Con: 306, Lab: 258, LD: 57 }],
    [2015, { Con: 330, Lab: 232, SNP: 56 }],
    [2017, { Con: 317, Lab: 262 }],
    [2019, { Con: 365, Lab: 202, SNP: 48, LD: 11 }],
    [2024, { Lab: 411, Con: 121, LD: 72, SNP: 9, RUK: 5 }],
  ])('matches the published seats for %i', (year, seats) => {
    expect(electionSummary(dataset, year).seats).toMatchObject(seats);
  });

  it('matches the published 2019 valid votes and shares', () => {
    const summary = electionSummary(dataset, 2019);
    expect(summary.validVotes).toBe(32_014_110);
    expect(summary.votes.Con).toBe(13_966_454);
    expect(summary.shares.Con).toBeCloseTo(0.436, 3);
    expect(summary.shares.Lab).toBeCloseTo(0.321, 3);
  });

  it.each([
    [2010, 0.651],
    [2015, 0.662],
    [2017, 0.688],
    [2019, 0.673],
    [2024, 0.597],
  ])('matches the README turnout (valid votes ÷ electorate) for %i', (year, expected) => {
    expect(electionSummary(dataset, year).turnout).toBeCloseTo(expected, 3);
  });

  it('matches the notional 2019 results on 2024 boundaries (Con 372, Lab 200) with the Scottish codes mapped', () => {
    expect(electionSummary(dataset, 'notional2019').seats).toMatchObject({
      Con: 372,
      Lab: 200,
      SNP: 48,
      LD: 8,
    });
    expect(contest('notional2019', 'S14000111')?.winner).toBe('Con');
    expect(dataset.contests.some((c) => c.electionId === 'notional2019' && c.code === 'S14000058')).toBe(
      false,
    );
  });

  it('has the Copeland 2017 by-election: Con gain from Lab, Trudy Harrison, majority 2,147', () => {
    const copeland = contest('by-2017-02-23-E14000647', 'E14000647');
    expect(copeland).toMatchObject({
      kind: 'by-election',
      winner: 'Con',
      winnerName: 'Trudy Harrison',
      majority: 2147,
      result: { winner: 'Con', outcome: 'gain', gainedFrom: 'Lab' },
    });
    expect(copeland?.candidates.slice(0, 2).map((c) => [c.party, c.votes])).toEqual([
      ['Con', 13748],
      ['Lab', 11601],
    ]);
  });

  it('has the Batley and Spen 2021, Stoke-on-Trent Central 2017 and Hartlepool 2021 by-elections', () => {
    const batley = contest('by-2021-07-01-E14000548', 'E14000548');
    expect(batley).toMatchObject({ winner: 'Lab', winnerName: 'Kim Leadbeater', majority: 323 });
    expect(batley?.candidates.slice(0, 3).map((c) => c.votes)).toEqual([13296, 12973, 8264]);
    expect(contest('by-2017-02-23-E14000972', 'E14000972')).toMatchObject({
      winner: 'Lab',
      majority: 2620,
      runnerUp: 'UKIP',
    });
    expect(contest('by-2021-05-06-E14000733', 'E14000733')).toMatchObject({
      winner: 'Con',
      winnerName: 'Jill Mortimer',
      majority: 6940,
    });
    expect(contest('by-2025-05-01-E14001455', 'E14001455')).toMatchObject({
      winner: 'RUK',
      majority: 6,
      boundarySet: '2024',
    });
  });

  it('keeps "[x]" invalid votes as null and the Speaker as Spk', () => {
    const withUnknownInvalid = dataset.contests.filter(
      (c) => c.kind === 'by-election' && c.invalidVotes === null,
    );
    expect(withUnknownInvalid).toHaveLength(2);
    expect(contest('ge2019', 'E14000637')).toMatchObject({ winner: 'Spk', winnerName: 'Lindsay Hoyle' });
    expect(contest('ge2017', 'E14000608')).toMatchObject({ winner: 'Spk', winnerName: 'John Bercow' });
    expect(electionSummary(dataset, 2019).seats.Spk).toBe(1);
  });

  it('reports the four known inconsistencies and repairs the Sheffield Brightside candidate typo', () => {
    expect(dataset.issues.map((issue) => [issue.kind, issue.code])).toEqual([
      ['candidate-votes-corrected', 'E14000921'],
      ['party-columns-mismatch', 'E14000897'],
      ['majority-mismatch', 'S14000066'],
      ['party-columns-mismatch', 'E14001174'],
    ]);
    const sheffield = contest('by-2016-05-05-E14000921', 'E14000921');
    expect(sheffield?.candidates[0]?.votes).toBe(14087);
    expect(sheffield?.majority).toBe(9590);
  });

  it('derives counties for 2024-set seats from the 2010-set seats they came from', () => {
    const seat = (code: string) =>
      dataset.constituencies.find((c) => c.code === code && c.boundarySet === '2024');
    expect(seat('E14001063')?.county).toBe('Hampshire');
    expect(seat('S14000107')?.county).toBe('Scotland');
    expect(dataset.constituencies.every((c) => c.county.length > 0)).toBe(true);
  });

  it('computes turnout on valid votes for a seat', () => {
    const aberavon = contest('ge2010', 'W07000049');
    expect(aberavon && turnout(aberavon)).toBeCloseTo(30958 / 50838, 10);
  });

  it('names the missing file when one is not supplied', () => {
    const texts = readAllDataFiles();
    const first = DATASET_FILES[0]?.path ?? '';
    const { [first]: _dropped, ...rest } = texts;
    expect(catchError(() => parseDataset(rest))).toBeInstanceOf(MissingDataFileError);
  });

  it('fails, naming the row, when a results row has no candidates', () => {
    const texts = readAllDataFiles();
    const path = 'results/ge2015_candidacies.csv';
    const lines = (texts[path] ?? '').split('\r\n').filter((line) => !line.startsWith('W07000049'));
    const error = catchError(() => parseDataset({ ...texts, [path]: lines.join('\r\n') }));
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toMatchObject({ file: 'results/ge2015_constituencies.csv', line: 2 });
  });
});
