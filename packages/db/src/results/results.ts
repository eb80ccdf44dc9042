// UK election results: writes a parsed dataset (with hex maps and boundaries) into the results tables
// and reads it back. Only types come from @caucus/elections; parsing is the caller's job.
import type {
  BoundaryFeature,
  BoundarySet,
  Constituency,
  ConstituencyType,
  ContestCandidate,
  DataIssue,
  Election,
  ElectionDataset,
  ElectionKind,
  Gender,
  Hex,
  HexLayout,
  HexLayoutKind,
  Nation,
} from '@caucus/elections';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type {
  Database,
  ResultsCandidacyTable,
  ResultsConstituencyTable,
  ResultsContestTable,
} from '../schema';

/** Everything the results tables hold: the dataset plus the hex maps and boundaries of both boundary sets. */
export interface ResultsLoadInput {
  dataset: ElectionDataset;
  hexLayouts: Readonly<Record<BoundarySet, HexLayout>>;
  boundaries: Readonly<Record<BoundarySet, readonly BoundaryFeature[]>>;
}

/** What a completed load wrote. */
export interface ResultsLoadReport {
  /** When the load finished (ISO timestamp); also the cache stamp. */
  loadedAt: string;
  /** The steps, one transaction each, with the rows each wrote. */
  steps: { step: string; rows: number }[];
  elections: number;
  contests: number;
  candidacies: number;
}

/** Called after each load step is committed. */
export type ResultsLoadProgress = (done: number, total: number, step: string) => void;

/** The app_meta key recording a completed results load. */
export const RESULTS_META_KEY = 'results';

const BATCH_ROWS = 1000;
const BOUNDARY_SETS: readonly BoundarySet[] = ['2010', '2024'];

type Writer = Transaction<Database>;

/** One transaction of the load: replaces the rows one data file (or group of files) provides. */
interface LoadStep {
  step: string;
  write: (trx: Writer) => Promise<number>;
}

async function insertBatched<T extends keyof Database & string>(
  trx: Writer,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<number> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    // Kysely's generic insert cannot see that the batch matches the table it was given.
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + BATCH_ROWS) as never)
      .execute();
  }
  return rows.length;
}

function constituencyRow(seat: Constituency, ordinal: number): Insertable<ResultsConstituencyTable> {
  return {
    code: seat.code,
    boundary_set: seat.boundarySet,
    ordinal,
    name: seat.name,
    county: seat.county,
    region_code: seat.regionCode,
    region_name: seat.regionName,
    nation: seat.nation,
    type: seat.type,
  };
}

/** Steps that write a group of elections with their contests and candidacies. */
function electionStep(
  step: string,
  dataset: ElectionDataset,
  elections: readonly Election[],
  ordinals: ReadonlyMap<string, number>,
  contestOrdinals: ReadonlyMap<object, number>,
): LoadStep {
  const ids = new Set(elections.map((election) => election.id));
  return {
    step,
    write: async (trx) => {
      if (ids.size > 0)
        await trx
          .deleteFrom('results_election')
          .where('id', 'in', [...ids])
          .execute();
      const contests = dataset.contests.filter((contest) => ids.has(contest.electionId));
      const contestRows: Insertable<ResultsContestTable>[] = contests.map((contest) => ({
        election_id: contest.electionId,
        code: contest.code,
        ordinal: contestOrdinals.get(contest) ?? 0,
        kind: contest.kind,
        date: contest.date,
        boundary_set: contest.boundarySet,
        electorate: contest.electorate,
        valid_votes: contest.validVotes,
        invalid_votes: contest.invalidVotes,
        winner: contest.winner,
        winner_name: contest.winnerName,
        runner_up: contest.runnerUp,
        majority: contest.majority,
        result_winner: contest.result?.winner ?? null,
        result_outcome: contest.result?.outcome ?? null,
        result_gained_from: contest.result?.gainedFrom ?? null,
      }));
      const candidacyRows: Insertable<ResultsCandidacyTable>[] = contests.flatMap((contest) =>
        contest.candidates.map((candidate, position) => ({
          election_id: contest.electionId,
          code: contest.code,
          position,
          name: candidate.name,
          party: candidate.party,
          party_name: candidate.partyName,
          votes: candidate.votes,
          gender: candidate.gender,
          sitting_mp: candidate.sittingMp,
          former_mp: candidate.formerMp,
        })),
      );
      const electionRows = elections.map((election) => ({
        id: election.id,
        ordinal: ordinals.get(election.id) ?? 0,
        kind: election.kind,
        date: election.date,
        year: election.year,
        boundary_set: election.boundarySet,
        parliament: election.parliament,
        label: election.label,
      }));
      return (
        (await insertBatched(trx, 'results_election', electionRows)) +
        (await insertBatched(trx, 'results_contest', contestRows)) +
        (await insertBatched(trx, 'results_candidacy', candidacyRows))
      );
    },
  };
}

/** The load, split into one transaction per data file (or per group of files that make one election). */
function loadSteps(input: ResultsLoadInput): LoadStep[] {
  const { dataset } = input;
  const electionOrdinals = new Map(dataset.elections.map((election, i) => [election.id, i]));
  const contestOrdinals = new Map<object, number>(dataset.contests.map((contest, i) => [contest, i]));
  const steps: LoadStep[] = BOUNDARY_SETS.map((set) => ({
    step: `constituencies (${set} boundaries)`,
    write: async (trx) => {
      await trx.deleteFrom('results_constituency').where('boundary_set', '=', set).execute();
      const rows = dataset.constituencies.flatMap((seat, i) =>
        seat.boundarySet === set ? [constituencyRow(seat, i)] : [],
      );
      return insertBatched(trx, 'results_constituency', rows);
    },
  }));
  steps.push({
    step: 'parties',
    write: async (trx) => {
      await trx.deleteFrom('results_party').execute();
      const rows = dataset.parties.map((party, ordinal) => ({ ...party, ordinal }));
      return insertBatched(trx, 'results_party', rows);
    },
  });
  for (const election of dataset.elections.filter((e) => e.kind !== 'by-election')) {
    const file =
      election.kind === 'notional'
        ? `results/${election.id} (notional results)`
        : `results/${election.id}_constituencies.csv + candidacies`;
    steps.push(electionStep(file, dataset, [election], electionOrdinals, contestOrdinals));
  }
  const parliaments = [
    ...new Set(dataset.elections.filter((e) => e.kind === 'by-election').map((e) => e.parliament)),
  ];
  for (const parliament of parliaments) {
    const elections = dataset.elections.filter(
      (e) => e.kind === 'by-election' && e.parliament === parliament,
    );
    steps.push(
      electionStep(
        `results/byelections_parl${parliament} (${elections.length} by-elections)`,
        dataset,
        elections,
        electionOrdinals,
        contestOrdinals,
      ),
    );
  }
  steps.push({
    step: 'lookups/constituency_overlaps',
    write: async (trx) => {
      await trx.deleteFrom('results_overlap').execute();
      const rows = dataset.overlaps.map((overlap, ordinal) => ({
        from_code: overlap.fromCode,
        to_code: overlap.toCode,
        ordinal,
        from_name: overlap.fromName,
        to_name: overlap.toName,
        from_residential: overlap.fromResidential,
        to_residential: overlap.toResidential,
        from_geographic: overlap.fromGeographic,
        to_geographic: overlap.toGeographic,
        from_population: overlap.fromPopulation,
        to_population: overlap.toPopulation,
      }));
      return insertBatched(trx, 'results_overlap', rows);
    },
  });
  steps.push({
    step: 'data issues',
    write: async (trx) => {
      await trx.deleteFrom('results_issue').execute();
      const rows = dataset.issues.map((issue, ordinal) => ({ ordinal, ...issue }));
      return insertBatched(trx, 'results_issue', rows);
    },
  });
  for (const set of BOUNDARY_SETS) {
    steps.push({
      step: `hex map (${set} boundaries)`,
      write: async (trx) => {
        await trx.deleteFrom('results_hex').where('boundary_set', '=', set).execute();
        const layout = input.hexLayouts[set];
        const rows = layout.hexes.map((hex, ordinal) => ({
          boundary_set: set,
          code: hex.code,
          ordinal,
          layout: layout.layout,
          name: hex.name,
          q: hex.q,
          r: hex.r,
          region_code: hex.regionCode,
        }));
        return insertBatched(trx, 'results_hex', rows);
      },
    });
    steps.push({
      step: `boundaries (${set} boundaries)`,
      write: async (trx) => {
        await trx.deleteFrom('results_boundary').where('boundary_set', '=', set).execute();
        const rows = input.boundaries[set].map((feature, ordinal) => ({
          boundary_set: set,
          code: feature.code,
          ordinal,
          name: feature.name,
          geometry: JSON.stringify(feature.geometry),
        }));
        return insertBatched(trx, 'results_boundary', rows);
      },
    });
  }
  return steps;
}

/**
 * Writes the results into the database, replacing what is there: one transaction per step (a data file
 * or the files of one election), then a marker that the load completed. The marker is removed first, so
 * a load that fails part-way is never reported as loaded (a later load replaces everything again).
 */
export async function loadResults(
  db: Kysely<Database>,
  input: ResultsLoadInput,
  onProgress: ResultsLoadProgress = () => {},
): Promise<ResultsLoadReport> {
  const steps = loadSteps(input);
  await db.deleteFrom('app_meta').where('key', '=', RESULTS_META_KEY).execute();
  const done: { step: string; rows: number }[] = [];
  for (const step of steps) {
    const rows = await db.transaction().execute((trx) => step.write(trx));
    done.push({ step: step.step, rows });
    onProgress(done.length, steps.length, step.step);
  }
  const { dataset } = input;
  const report: ResultsLoadReport = {
    loadedAt: new Date().toISOString(),
    steps: done,
    elections: dataset.elections.length,
    contests: dataset.contests.length,
    candidacies: dataset.contests.reduce((sum, contest) => sum + contest.candidates.length, 0),
  };
  const value = JSON.stringify({
    loadedAt: report.loadedAt,
    elections: report.elections,
    contests: report.contests,
  });
  await db
    .insertInto('app_meta')
    .values({ key: RESULTS_META_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
    .execute();
  return report;
}

/** When the results were last loaded completely (ISO timestamp), or null if they never were. */
export async function resultsLoadStamp(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', RESULTS_META_KEY)
    .executeTakeFirst();
  const value = row?.value;
  if (typeof value !== 'object' || value === null || !('loadedAt' in value)) return null;
  return typeof value.loadedAt === 'string' ? value.loadedAt : null;
}

/** True when a results load has completed. */
export async function resultsLoaded(db: Kysely<Database>): Promise<boolean> {
  return (await resultsLoadStamp(db)) !== null;
}

/** Raised when the results tables are read before a load has completed. */
export class ResultsNotLoadedError extends Error {
  override readonly name = 'ResultsNotLoadedError';

  constructor() {
    super('The election results are not loaded. Run `caucus data load` (or restart `caucus serve`).');
  }
}

const oneOf = <T extends string>(value: string, options: readonly T[], fallback: T): T =>
  options.find((option) => option === value) ?? fallback;

const NATIONS: readonly Nation[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];
const KINDS: readonly ElectionKind[] = ['general', 'notional', 'by-election'];
const SETS: readonly BoundarySet[] = ['2010', '2024'];
const GENDERS: readonly Gender[] = ['male', 'female', 'non-binary', 'unknown'];
const TYPES: readonly ConstituencyType[] = ['County', 'Borough', 'Burgh'];
const LAYOUTS: readonly HexLayoutKind[] = ['odd-r', 'even-r', 'odd-q', 'even-q'];
const ISSUE_KINDS: readonly DataIssue['kind'][] = [
  'candidate-votes-corrected',
  'candidate-votes-mismatch',
  'party-columns-mismatch',
  'majority-mismatch',
  'winner-mismatch',
];

/** Reads the whole dataset back from the results tables, in the order it was built. */
export async function readDataset(db: Kysely<Database>): Promise<ElectionDataset> {
  if (!(await resultsLoaded(db))) throw new ResultsNotLoadedError();
  const [seats, elections, contests, candidacies, parties, overlaps, issues] = await Promise.all([
    db.selectFrom('results_constituency').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('results_election').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('results_contest').selectAll().orderBy('ordinal').execute(),
    db
      .selectFrom('results_candidacy')
      .selectAll()
      .orderBy('election_id')
      .orderBy('code')
      .orderBy('position')
      .execute(),
    db.selectFrom('results_party').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('results_overlap').selectAll().orderBy('ordinal').execute(),
    db.selectFrom('results_issue').selectAll().orderBy('ordinal').execute(),
  ]);
  const candidatesOf = new Map<string, ContestCandidate[]>();
  for (const row of candidacies) {
    const key = `${row.election_id} ${row.code}`;
    const list = candidatesOf.get(key) ?? [];
    list.push({
      name: row.name,
      party: row.party,
      partyName: row.party_name,
      votes: row.votes,
      gender: oneOf(row.gender, GENDERS, 'unknown'),
      sittingMp: row.sitting_mp,
      formerMp: row.former_mp,
    });
    candidatesOf.set(key, list);
  }
  return {
    constituencies: seats.map((row) => ({
      code: row.code,
      name: row.name,
      boundarySet: oneOf(row.boundary_set, SETS, '2010'),
      county: row.county,
      regionCode: row.region_code,
      regionName: row.region_name,
      nation: oneOf(row.nation, NATIONS, 'England'),
      type: oneOf(row.type, TYPES, 'County'),
    })),
    elections: elections.map((row) => ({
      id: row.id,
      kind: oneOf(row.kind, KINDS, 'general'),
      date: row.date,
      year: row.year,
      boundarySet: oneOf(row.boundary_set, SETS, '2010'),
      parliament: row.parliament,
      label: row.label,
    })),
    contests: contests.map((row) => ({
      electionId: row.election_id,
      kind: oneOf(row.kind, KINDS, 'general'),
      date: row.date,
      code: row.code,
      boundarySet: oneOf(row.boundary_set, SETS, '2010'),
      electorate: row.electorate,
      validVotes: row.valid_votes,
      invalidVotes: row.invalid_votes,
      candidates: candidatesOf.get(`${row.election_id} ${row.code}`) ?? [],
      winner: row.winner,
      winnerName: row.winner_name,
      runnerUp: row.runner_up,
      majority: row.majority,
      result:
        row.result_winner === null
          ? null
          : {
              winner: row.result_winner,
              outcome: row.result_outcome === 'gain' ? 'gain' : 'hold',
              gainedFrom: row.result_gained_from,
            },
    })),
    overlaps: overlaps.map((row) => ({
      fromCode: row.from_code,
      fromName: row.from_name,
      toCode: row.to_code,
      toName: row.to_name,
      fromResidential: row.from_residential,
      toResidential: row.to_residential,
      fromGeographic: row.from_geographic,
      toGeographic: row.to_geographic,
      fromPopulation: row.from_population,
      toPopulation: row.to_population,
    })),
    parties: parties.map((row) => ({ abbreviation: row.abbreviation, name: row.name })),
    issues: issues.map((row) => ({
      file: row.file,
      line: row.line,
      code: row.code,
      kind: oneOf(row.kind, ISSUE_KINDS, 'candidate-votes-mismatch'),
      message: row.message,
    })),
  };
}

/** Reads the hex map of one boundary set. */
export async function readHexLayout(db: Kysely<Database>, set: BoundarySet): Promise<HexLayout> {
  const rows = await db
    .selectFrom('results_hex')
    .selectAll()
    .where('boundary_set', '=', set)
    .orderBy('ordinal')
    .execute();
  const hexes: Hex[] = rows.map((row) => ({
    code: row.code,
    name: row.name,
    q: row.q,
    r: row.r,
    regionCode: row.region_code,
  }));
  return { layout: oneOf(rows[0]?.layout ?? 'odd-r', LAYOUTS, 'odd-r'), hexes };
}
