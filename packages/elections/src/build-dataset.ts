import { InvalidValueError } from './data-file-error';
import { byElectionId, GENERAL_ELECTIONS, generalElection } from './elections';
import type { CandidacyRow } from './parse-candidacies';
import type { ConstituencyResultRow } from './parse-constituency-results';
import type { ParsedDataFile } from './parse-data-file';
import { OTHERS } from './parties';
import { notionalContest, type ReconciledContest, reconcileContest } from './reconcile-contest';
import { findRegion } from './regions';
import type {
  BoundarySet,
  Constituency,
  ConstituencyOverlap,
  Contest,
  DataIssue,
  Election,
  ElectionDataset,
  Party,
} from './types';

type FileOf<K extends ParsedDataFile['kind']> = Extract<ParsedDataFile, { kind: K }>;

function filesOf<K extends ParsedDataFile['kind']>(files: readonly ParsedDataFile[], kind: K): FileOf<K>[] {
  return files.filter((file): file is FileOf<K> => file.kind === kind);
}

const contestKey = (code: string, date: string | null): string => `${code} ${date ?? ''}`;

function groupCandidacies(
  file: FileOf<'general-election-candidacies' | 'by-election-candidacies'>,
): Map<string, CandidacyRow[]> {
  const groups = new Map<string, CandidacyRow[]>();
  for (const row of file.data) {
    const key = contestKey(row.code, row.electionDate);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Pairs each results file with its candidacies file and reconciles every contest. */
function resultsContests(
  results: FileOf<'general-election-constituencies' | 'by-election-constituencies'>,
  candidacies: FileOf<'general-election-candidacies' | 'by-election-candidacies'>,
  electionFor: (row: ConstituencyResultRow) => Election,
): ReconciledContest[] {
  const groups = groupCandidacies(candidacies);
  // By-election files have dates before the seat code: it is column 3 of results, 2 of candidacies.
  const byElection = results.kind === 'by-election-constituencies';
  const reconciled = results.data.map((row) => {
    const key = contestKey(row.code, row.byElectionDate);
    const rows = groups.get(key);
    if (rows === undefined) {
      throw new InvalidValueError(
        results.file.path,
        row.line,
        byElection ? 3 : 1,
        'ONS ID',
        `no candidates for ${row.code}${row.byElectionDate ? ` on ${row.byElectionDate}` : ''} in ${candidacies.file.path}`,
      );
    }
    groups.delete(key);
    return reconcileContest(electionFor(row), row, rows, {
      resultsFile: results.file.path,
      candidaciesFile: candidacies.file.path,
    });
  });
  for (const [, rows] of groups) {
    const [first] = rows;
    if (first) {
      throw new InvalidValueError(
        candidacies.file.path,
        first.line,
        byElection ? 2 : 1,
        'ONS ID',
        `candidate for ${first.code} has no result row in ${results.file.path}`,
      );
    }
  }
  return reconciled;
}

function findPartner<K extends 'general-election-candidacies' | 'by-election-candidacies'>(
  files: readonly ParsedDataFile[],
  kind: K,
  matches: (file: FileOf<K>) => boolean,
  path: string,
): FileOf<K> {
  const partner = filesOf(files, kind).find(matches);
  if (partner === undefined) throw new MissingDataFileError(`the candidacies file that goes with ${path}`);
  return partner;
}

/** Raised when a file the dataset needs was not supplied. */
export class MissingDataFileError extends Error {
  override readonly name = 'MissingDataFileError';

  constructor(
    /** The missing file's path under data/, or a description of it. */
    readonly path: string,
  ) {
    super(`Missing data file: ${path}`);
  }
}

function constituencyFrom(row: ConstituencyResultRow, boundarySet: BoundarySet): Constituency {
  const region = findRegion(row.regionCode);
  return {
    code: row.code,
    name: row.name,
    boundarySet,
    county: row.county ?? region?.name ?? row.regionName,
    regionCode: row.regionCode,
    regionName: region?.name ?? row.regionName,
    nation: row.nation,
    type: row.type,
  };
}

/** 2024-set seats have no county in the data: take the county of the 2010-set seat that gave them most people. */
function deriveCounties(
  seats: Constituency[],
  old: ReadonlyMap<string, Constituency>,
  overlaps: ConstituencyOverlap[],
): Constituency[] {
  const best = new Map<string, ConstituencyOverlap>();
  for (const overlap of overlaps) {
    const current = best.get(overlap.toCode);
    if (
      current === undefined ||
      overlap.toPopulation > current.toPopulation ||
      (overlap.toPopulation === current.toPopulation && overlap.toResidential > current.toResidential)
    ) {
      best.set(overlap.toCode, overlap);
    }
  }
  return seats.map((seat) => {
    const source = best.get(seat.code);
    const county = source === undefined ? undefined : old.get(source.fromCode)?.county;
    return county === undefined ? seat : { ...seat, county };
  });
}

function partiesOf(contests: readonly Contest[]): Party[] {
  const names = new Map<string, Map<string, number>>();
  for (const contest of contests) {
    for (const candidate of contest.candidates) {
      const counts = names.get(candidate.party) ?? new Map<string, number>();
      counts.set(candidate.partyName, (counts.get(candidate.partyName) ?? 0) + 1);
      names.set(candidate.party, counts);
    }
  }
  if (!names.has(OTHERS)) names.set(OTHERS, new Map([['Others', 1]]));
  return [...names]
    .map(([abbreviation, counts]) => {
      const [name] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [abbreviation];
      return { abbreviation, name };
    })
    .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation));
}

/**
 * Assembles parsed data files into the dataset: seats of both boundary sets (2010-set metadata from
 * the earliest general election, 2024-set from 2024 with counties derived via the overlaps), general
 * elections, notional results, by-elections, overlaps and parties. Lookup and map files are ignored.
 */
export function buildDataset(files: readonly ParsedDataFile[]): ElectionDataset {
  const reconciled: ReconciledContest[] = [];
  const elections: Election[] = [];
  const seatsBySet = new Map<BoundarySet, Map<string, Constituency>>([
    ['2010', new Map()],
    ['2024', new Map()],
  ]);

  for (const results of filesOf(files, 'general-election-constituencies')) {
    const election = generalElection(results.file.election ?? '');
    if (election === undefined) throw new MissingDataFileError(`election details for ${results.file.path}`);
    const candidacies = findPartner(
      files,
      'general-election-candidacies',
      (file) => file.file.election === election.id,
      results.file.path,
    );
    elections.push(election);
    reconciled.push(...resultsContests(results, candidacies, () => election));
    const seats = seatsBySet.get(election.boundarySet);
    for (const row of results.data)
      if (seats && !seats.has(row.code)) seats.set(row.code, constituencyFrom(row, election.boundarySet));
  }

  for (const results of filesOf(files, 'by-election-constituencies')) {
    const { parliament, boundarySet } = results.file;
    const candidacies = findPartner(
      files,
      'by-election-candidacies',
      (file) => file.file.parliament === parliament,
      results.file.path,
    );
    reconciled.push(
      ...resultsContests(results, candidacies, (row) => {
        const date = row.byElectionDate ?? '';
        const election: Election = {
          id: byElectionId(date, row.code),
          kind: 'by-election',
          date,
          year: Number(date.slice(0, 4)),
          boundarySet: boundarySet ?? '2010',
          parliament: parliament ?? 0,
          label: `${row.name} by-election, ${date}`,
        };
        elections.push(election);
        return election;
      }),
    );
  }

  for (const notional of [
    ...filesOf(files, 'notional-2019-results'),
    ...filesOf(files, 'notional-2005-results'),
  ]) {
    const election = generalElection(notional.file.election ?? '');
    if (election === undefined) throw new MissingDataFileError(`election details for ${notional.file.path}`);
    elections.push(election);
    for (const seat of notional.data) reconciled.push(notionalContest(election, seat, notional.file.path));
  }

  const overlaps: ConstituencyOverlap[] = filesOf(files, 'constituency-overlaps').flatMap((file) =>
    file.data.map(({ line: _line, ...overlap }) => overlap),
  );
  const old = seatsBySet.get('2010') ?? new Map<string, Constituency>();
  const current = deriveCounties([...(seatsBySet.get('2024')?.values() ?? [])], old, overlaps);
  const contests = reconciled.map((entry) => entry.contest);
  const issues: DataIssue[] = reconciled.flatMap((entry) => entry.issues);
  const order = (election: Election): number => {
    const index = GENERAL_ELECTIONS.findIndex((known) => known.id === election.id);
    return index < 0 ? GENERAL_ELECTIONS.length : index;
  };
  return {
    constituencies: [...old.values(), ...current],
    elections: elections.sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b)),
    contests,
    overlaps,
    parties: partiesOf(contests),
    issues,
  };
}
