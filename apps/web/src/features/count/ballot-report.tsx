import type { BallotNote, BallotReport } from './count-types';

const IRREGULARITIES: [keyof BallotReport & string, string][] = [
  ['empty', 'blank papers'],
  ['equalRanking', 'papers with candidates ranked equal'],
  ['skippedRank', 'papers with a skipped preference'],
  ['repeatedCandidate', 'papers naming a candidate twice'],
  ['withdrawnPreference', 'papers with a preference for a withdrawn candidate'],
];

const ISSUES: Record<BallotNote['issue'], string> = {
  'equal-ranking': 'candidates ranked equal',
  'skipped-rank': 'a skipped preference',
  'repeated-candidate': 'a candidate named twice',
};

const EFFECTS: Record<BallotNote['effect'], string> = {
  stopped: 'the paper stops there',
  invalid: 'the paper is invalid',
  'passed-over': 'that preference is passed over',
  ignored: 'the repeat is ignored',
  shared: 'its weight is shared among them (Meek)',
};

/** Irregular ballot lines listed one by one, at most this many on the page. */
const NOTES_SHOWN = 50;

const count = (n: number) => n.toLocaleString('en-GB');

/** What the count found on the ballot papers, with each rule applied, and the irregular ballot lines. */
export function BallotReportList({ report }: { report: BallotReport }) {
  const found = IRREGULARITIES.filter(([key]) => Number(report[key]) > 0);
  const more = report.notes.length - NOTES_SHOWN + report.notesOmitted;
  return (
    <>
      <ul className="ballot-report">
        <li>
          {count(report.valid)} valid papers, {count(report.invalid)} invalid.
        </li>
        {found.map(([key, label]) => (
          <li key={key}>
            {count(Number(report[key]))} {label}
          </li>
        ))}
      </ul>
      {report.notes.length > 0 && (
        <details className="ballot-notes">
          <summary>Irregular ballot lines, one by one</summary>
          <ul>
            {report.notes.slice(0, NOTES_SHOWN).map((note) => (
              <li key={`${note.line ?? ''}-${note.ballot ?? ''}`}>
                {note.line === undefined ? `Pile ${note.ballot}` : `Line ${note.line}`} ({count(note.papers)}{' '}
                {note.papers === 1 ? 'paper' : 'papers'}): {ISSUES[note.issue]} at preference {note.rank};{' '}
                {EFFECTS[note.effect]}.
              </li>
            ))}
          </ul>
          {more > 0 && <p>… and {count(more)} more lines.</p>}
        </details>
      )}
    </>
  );
}
