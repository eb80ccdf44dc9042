import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { count, percent, points } from './format';
import { partyName } from './party-colours';
import { ResultsNav } from './results-nav';
import { useByElection } from './use-results';

/** One by-election: change and swing since the general election, and the swing repeated nationally. */
export function ByElectionPage() {
  const { code = '', date = '' } = useParams();
  const report = useByElection(code, date);
  const data = report.data;
  useDocumentTitle(data ? `${data.analysis.name} by-election` : 'By-election');
  const a = data?.analysis;
  return (
    <>
      <ResultsNav />
      <h1>{a ? `${a.name} by-election, ${a.date}` : 'By-election'}</h1>
      {report.isPending && <p>Loading…</p>}
      {report.isError && <ProblemMessage error={report.error} />}
      {a && data && (
        <>
          <dl className="facts card">
            <dt>Result</dt>
            <dd>
              {partyName(a.winner)} {a.gain ? `gain from ${partyName(a.previous.winner)}` : 'hold'} (
              {a.winnerName})
            </dd>
            <dt>Majority</dt>
            <dd>
              {count(a.majority)} (at the {a.previous.date.slice(0, 4)} general election:{' '}
              {count(a.previous.majority)})
            </dd>
            <dt>Turnout</dt>
            <dd>
              {percent(a.turnout.to)} (general election {percent(a.turnout.from)})
            </dd>
            <dt>Swing</dt>
            <dd>
              {points(Math.abs(a.swing.swing))} points from {a.swing.swing >= 0 ? a.swing.from : a.swing.to}{' '}
              to {a.swing.swing >= 0 ? a.swing.to : a.swing.from}
            </dd>
            <dt>Seat</dt>
            <dd>
              <Link to={`/results/seats/${a.code}`}>Full history of {a.name}</Link>
            </dd>
          </dl>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label="Vote shares">
            <table className="stage-table">
              <caption>Share of the vote: previous general election and by-election</caption>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">General election</th>
                  <th scope="col">By-election</th>
                  <th scope="col">Change (points)</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(a.shares).map(([party, s]) => (
                  <tr key={party}>
                    <th scope="row">{partyName(party)}</th>
                    <td>{percent(s.from)}</td>
                    <td>{percent(s.to)}</td>
                    <td>{points(s.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="repeat-heading">
            <h2 id="repeat-heading">If this swing were repeated at a general election</h2>
            <p>
              Applied uniformly to every seat at {data.repeated.election}: {data.repeated.changes.length}{' '}
              seats would change hands (net {data.repeated.netGain >= 0 ? '+' : '−'}
              {Math.abs(data.repeated.netGain)} for {partyName(data.repeated.swing.to)}). A scenario, not a
              forecast.
            </p>
            {data.repeated.changes.length > 0 && (
              <ul className="columns-list">
                {data.repeated.changes.map((change) => (
                  <li key={change.code}>
                    {change.name}: {change.from} → {change.to}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
