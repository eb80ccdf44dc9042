import { describe, expect, it } from 'vitest';
import type { CandidacyRow } from './parse-candidacies';
import type { ConstituencyResultRow } from './parse-constituency-results';
import { notionalContest, reconcileContest } from './reconcile-contest';
import { election } from './testing/tiny-dataset';

const by = election('by-test', '2016-05-05', { kind: 'by-election', label: 'test by-election' });
const sources = { resultsFile: 'results.csv', candidaciesFile: 'candidacies.csv' };

function row(
  partyVotes: Record<string, number>,
  extra: Partial<ConstituencyResultRow> = {},
): ConstituencyResultRow {
  const validVotes = Object.values(partyVotes).reduce((a, b) => a + b, 0);
  return {
    line: 7,
    byElectionDate: '2016-05-05',
    writDate: null,
    code: 'E1',
    regionCode: 'E12000003',
    name: 'Testford',
    county: null,
    regionName: 'Yorkshire and The Humber',
    nation: 'England',
    type: 'Borough',
    declarationTime: null,
    memberFirstName: 'A',
    memberSurname: 'B',
    memberGender: 'female',
    result: { winner: 'Lab', outcome: 'hold', gainedFrom: null },
    firstParty: 'Lab',
    secondParty: 'UKIP',
    electorate: 50_000,
    validVotes,
    invalidVotes: 10,
    majority: 0,
    partyVotes,
    allOtherVotes: 0,
    otherWinnerVotes: 0,
    ...extra,
  };
}

const candidate = (party: string, votes: number, line: number): CandidacyRow => ({
  line,
  electionDate: '2016-05-05',
  code: 'E1',
  regionCode: 'E12000003',
  constituencyName: 'Testford',
  county: null,
  regionName: 'Yorkshire and The Humber',
  nation: 'England',
  type: 'Borough',
  partyName: party,
  party,
  electoralCommissionPartyId: null,
  mnisPartyId: null,
  electoralCommissionAdjunctPartyId: null,
  firstName: `${party} `,
  surname: ' Candidate',
  gender: 'male',
  sittingMp: null,
  formerMp: false,
  mnisMemberId: null,
  votes,
  share: 0,
  change: null,
  democracyClubPersonId: null,
});

describe('reconcileContest', () => {
  it('builds a contest, most votes first, with the majority computed from the candidates', () => {
    const { contest, issues } = reconcileContest(
      by,
      row({ Lab: 600, UKIP: 400 }, { majority: 200 }),
      [candidate('UKIP', 400, 2), candidate('Lab', 600, 3)],
      sources,
    );
    expect(issues).toEqual([]);
    expect(contest).toMatchObject({
      winner: 'Lab',
      winnerName: 'Lab Candidate',
      runnerUp: 'UKIP',
      majority: 200,
      validVotes: 1000,
    });
  });

  it('corrects a candidate whose votes disagree with the party column when that makes the totals add up', () => {
    // Like Sheffield Brightside 2016: the candidate file has 14,987 where the results file has 14,087.
    const { contest, issues } = reconcileContest(
      by,
      row({ Lab: 14087, UKIP: 4497 }, { majority: 9590 }),
      [candidate('Lab', 14987, 4), candidate('UKIP', 4497, 5)],
      sources,
    );
    expect(contest.candidates[0]?.votes).toBe(14087);
    expect(contest.majority).toBe(9590);
    expect(issues).toMatchObject([
      { kind: 'candidate-votes-corrected', file: 'candidacies.csv', line: 4, code: 'E1' },
    ]);
  });

  it('reports, without changing anything, totals, majorities and winners that disagree', () => {
    const { contest, issues } = reconcileContest(
      by,
      row({ Lab: 500, UKIP: 400 }, { majority: 50, firstParty: 'UKIP', allOtherVotes: 30 }),
      [candidate('Lab', 500, 2), candidate('UKIP', 400, 3), candidate('Ind', 10, 4)],
      sources,
    );
    expect(contest.majority).toBe(100);
    expect(issues.map((issue) => issue.kind)).toEqual([
      'candidate-votes-mismatch',
      'party-columns-mismatch',
      'winner-mismatch',
      'majority-mismatch',
    ]);
  });

  it('explains party columns that leave out the other winner (as at Rochdale 2024)', () => {
    const { issues } = reconcileContest(
      by,
      row(
        { Lab: 100 },
        { validVotes: 600, allOtherVotes: 0, otherWinnerVotes: 500, majority: 400, firstParty: 'WPB' },
      ),
      [candidate('WPB', 500, 2), candidate('Lab', 100, 3)],
      sources,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain("leaves out the other winner's 500 votes");
  });
});

describe('notionalContest', () => {
  it('builds a contest from party totals and checks them', () => {
    const notional = election('notional2019', '2019-12-12', { kind: 'notional', boundarySet: '2024' });
    const seat = {
      line: 3,
      code: 'S1',
      name: 'Notional',
      electorate: 100,
      validVotes: 60,
      majority: 10,
      parties: [
        { line: 3, party: 'Con', partyName: 'Conservative', votes: 20 },
        { line: 4, party: 'SNP', partyName: 'SNP', votes: 30 },
      ],
    };
    const { contest, issues } = notionalContest(notional, seat, 'n.csv');
    expect(contest).toMatchObject({
      kind: 'notional',
      winner: 'SNP',
      winnerName: '',
      majority: 10,
      result: null,
    });
    expect(issues.map((issue) => issue.kind)).toEqual(['candidate-votes-mismatch']);
  });
});
