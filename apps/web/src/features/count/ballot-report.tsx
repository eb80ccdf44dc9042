import type { BallotReport } from './count-types';

const IRREGULARITIES: [keyof BallotReport, string][] = [
  ['empty', 'blank papers'],
  ['equalRanking', 'papers with candidates ranked equal'],
  ['skippedRank', 'papers with a skipped preference'],
  ['repeatedCandidate', 'papers naming a candidate twice'],
  ['withdrawnPreference', 'papers with a preference for a withdrawn candidate'],
];

/** What the count found on the ballot papers, with each rule applied. */
export function BallotReportList({ report }: { report: BallotReport }) {
  const found = IRREGULARITIES.filter(([key]) => (report[key] ?? 0) > 0);
  return (
    <ul className="ballot-report">
      <li>
        {report.valid} valid papers, {report.invalid} invalid.
      </li>
      {found.map(([key, label]) => (
        <li key={String(key)}>
          {report[key]} {label}
        </li>
      ))}
    </ul>
  );
}
