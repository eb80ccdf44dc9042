import type { BacktestRow } from '@caucus/elections';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { ResultsNav } from './results-nav';
import { useBacktest } from './use-results';

const signed = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/** Parties that won at least this many GB seats at some election get a column. */
const MIN_SEATS = 5;

function partiesOf(rows: readonly BacktestRow[]): string[] {
  const parties = new Set<string>();
  for (const row of rows)
    for (const [party, n] of Object.entries(row.actual)) if (n >= MIN_SEATS) parties.add(party);
  return [...parties];
}

/** The backtest page: each model's seat errors when fed the next election's actual shares. */
export function BacktestPage() {
  useDocumentTitle('Model backtest');
  const backtest = useBacktest();
  const rows = backtest.data ?? [];
  const parties = partiesOf(rows);
  const pairs = [...new Set(rows.map((row) => `${row.from}→${row.to}`))];
  return (
    <>
      <ResultsNav />
      <h1>How the models would have done</h1>
      <p className="lede">
        Each election’s actual vote shares (Great Britain, each nation or each region) fed into the election
        before it. Seat error is predicted minus actual seats; miscalled counts seats given to the wrong
        party.
      </p>
      {backtest.isPending && <p>Running the backtest…</p>}
      {backtest.isError && <ProblemMessage error={backtest.error} />}
      {pairs.map((pair) => (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label={`Backtest ${pair}`} key={pair}>
          <table className="stage-table">
            <caption>{pair.replace('→', ' → ')}: seat error per party (GB)</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Level</th>
                <th scope="col">Miscalled</th>
                {parties.map((party) => (
                  <th scope="col" key={party}>
                    {party}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows
                .filter((row) => `${row.from}→${row.to}` === pair)
                .map((row) => (
                  <tr key={`${row.model}-${row.level}`}>
                    <th scope="row">{row.model}</th>
                    <td>{row.level}</td>
                    <td>{row.miscalled}</td>
                    {parties.map((party) => (
                      <td key={party}>{signed(row.seatError[party] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
