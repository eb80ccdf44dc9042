import type { NotionalSeat } from './notional-seat';
import type { CandidacyRow } from './parse-candidacies';
import type { ConstituencyResultRow } from './parse-constituency-results';
import type { Contest, ContestCandidate, DataIssue, Election } from './types';

/** A contest built from the files, with the inconsistencies found on the way. */
export interface ReconciledContest {
  contest: Contest;
  issues: DataIssue[];
}

/** Where a contest's rows came from, for issue reports. */
export interface ContestSources {
  resultsFile: string;
  candidaciesFile: string;
}

const byVotes = (a: ContestCandidate, b: ContestCandidate): number =>
  b.votes - a.votes || a.name.localeCompare(b.name);

const fullName = (first: string, surname: string): string =>
  `${first} ${surname}`.replace(/\s+/g, ' ').trim();

function finish(
  election: Election,
  code: string,
  base: Pick<Contest, 'electorate' | 'validVotes' | 'invalidVotes' | 'result'>,
  candidates: ContestCandidate[],
): Contest {
  const sorted = [...candidates].sort(byVotes);
  const [first, second] = sorted;
  return {
    electionId: election.id,
    kind: election.kind,
    date: election.date,
    code,
    boundarySet: election.boundarySet,
    ...base,
    candidates: sorted,
    winner: first?.party ?? '',
    winnerName: first?.name ?? '',
    runnerUp: second?.party ?? null,
    majority: (first?.votes ?? 0) - (second?.votes ?? 0),
  };
}

/**
 * Builds a contest from a constituency-level row and its candidate rows. Candidate votes are
 * authoritative; where they do not add up to the valid votes but exactly one candidate disagrees with
 * its party column and the column makes them add up, that candidate is corrected (reported). Other
 * disagreements (party columns, published majority, first party) are reported, not fatal.
 */
export function reconcileContest(
  election: Election,
  row: ConstituencyResultRow,
  candidacies: readonly CandidacyRow[],
  sources: ContestSources,
): ReconciledContest {
  const issues: DataIssue[] = [];
  const report = (file: string, line: number, kind: DataIssue['kind'], message: string): void => {
    issues.push({ file, line, code: row.code, kind, message: `${row.name} (${election.label}): ${message}` });
  };
  const candidates: ContestCandidate[] = candidacies.map((candidacy) => ({
    name: fullName(candidacy.firstName, candidacy.surname),
    party: candidacy.party,
    partyName: candidacy.partyName,
    votes: candidacy.votes,
    gender: candidacy.gender,
    sittingMp: candidacy.sittingMp,
    formerMp: candidacy.formerMp,
  }));

  const before = candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
  if (before !== row.validVotes) {
    const fix = Object.entries(row.partyVotes)
      .map(([party, columnVotes]) => {
        const ofParty = candidates.filter((candidate) => candidate.party === party);
        const only = ofParty.length === 1 ? ofParty[0] : undefined;
        return only && before - only.votes + columnVotes === row.validVotes
          ? { only, columnVotes }
          : undefined;
      })
      .find((found) => found !== undefined);
    if (fix) {
      const line = candidacies.find((candidacy) => candidacy.party === fix.only.party)?.line ?? row.line;
      report(
        sources.candidaciesFile,
        line,
        'candidate-votes-corrected',
        `${fix.only.name} (${fix.only.party}) has ${fix.only.votes} votes but the results file has ${fix.columnVotes}, which makes the candidates add up to the ${row.validVotes} valid votes; using ${fix.columnVotes}`,
      );
      fix.only.votes = fix.columnVotes;
    } else {
      report(
        sources.candidaciesFile,
        candidacies[0]?.line ?? row.line,
        'candidate-votes-mismatch',
        `candidates' votes add up to ${before}, not the ${row.validVotes} valid votes`,
      );
    }
  }

  const columns = Object.values(row.partyVotes).reduce((sum, votes) => sum + votes, row.allOtherVotes);
  if (columns !== row.validVotes) {
    const excludesWinner = row.otherWinnerVotes !== null && columns + row.otherWinnerVotes === row.validVotes;
    report(
      sources.resultsFile,
      row.line,
      'party-columns-mismatch',
      excludesWinner
        ? `"All other candidates" (${row.allOtherVotes}) leaves out the other winner's ${row.otherWinnerVotes ?? 0} votes`
        : `party columns add up to ${columns}, not the ${row.validVotes} valid votes`,
    );
  }

  const contest = finish(
    election,
    row.code,
    {
      electorate: row.electorate,
      validVotes: row.validVotes,
      invalidVotes: row.invalidVotes,
      result: row.result,
    },
    candidates,
  );
  if (contest.winner !== row.firstParty) {
    report(
      sources.resultsFile,
      row.line,
      'winner-mismatch',
      `first party is ${row.firstParty} but ${contest.winner} has most votes`,
    );
  }
  if (contest.majority !== row.majority) {
    report(
      sources.resultsFile,
      row.line,
      'majority-mismatch',
      `published majority ${row.majority} differs from ${contest.majority} computed from the candidates; using ${contest.majority}`,
    );
  }
  return { contest, issues };
}

/** Builds a contest from a notional seat (party totals only) and reports totals or majorities that do not add up. */
export function notionalContest(
  election: Election,
  seat: NotionalSeat & { majority?: number },
  file: string,
): ReconciledContest {
  const issues: DataIssue[] = [];
  const candidates: ContestCandidate[] = seat.parties.map((party) => ({
    name: '',
    party: party.party,
    partyName: party.partyName,
    votes: party.votes,
    gender: 'unknown',
    sittingMp: null,
    formerMp: null,
  }));
  const contest = finish(
    election,
    seat.code,
    { electorate: seat.electorate, validVotes: seat.validVotes, invalidVotes: null, result: null },
    candidates,
  );
  const total = candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
  const issue = (kind: DataIssue['kind'], message: string): void => {
    issues.push({
      file,
      line: seat.line,
      code: seat.code,
      kind,
      message: `${seat.name} (${election.label}): ${message}`,
    });
  };
  if (total !== seat.validVotes)
    issue('candidate-votes-mismatch', `parties add up to ${total}, not ${seat.validVotes}`);
  if (seat.majority !== undefined && seat.majority !== contest.majority) {
    issue(
      'majority-mismatch',
      `published majority ${seat.majority} differs from computed ${contest.majority}`,
    );
  }
  return { contest, issues };
}
