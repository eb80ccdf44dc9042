import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { count, percent } from './format';
import { ResultsNav } from './results-nav';
import { useByElections } from './use-results';

/** Every by-election since 2010, newest first, each linking to its analysis. */
export function ByElectionsPage() {
  useDocumentTitle('By-elections');
  const list = useByElections();
  return (
    <>
      <ResultsNav />
      <h1>By-elections since 2010</h1>
      {list.isPending && <p>Loading…</p>}
      {list.isError && <ProblemMessage error={list.error} />}
      {list.data && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label="By-elections">
          <table className="stage-table">
            <caption>{list.data.length} by-elections, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Seat</th>
                <th scope="col">Result</th>
                <th scope="col">Majority</th>
                <th scope="col">Turnout</th>
              </tr>
            </thead>
            <tbody>
              {[...list.data].reverse().map((b) => (
                <tr key={b.election}>
                  <td>{b.date}</td>
                  <th scope="row">
                    <Link to={`/results/by-elections/${b.code}/${b.date}`}>{b.name}</Link>
                  </th>
                  <td>{b.gain ? <strong>{b.result}</strong> : b.result}</td>
                  <td>{count(b.majority)}</td>
                  <td>{percent(b.turnout)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
