import type { HistoryContest, SeatHistory } from '@caucus/elections';
import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { PlotFigure } from '../../components/plot-figure';
import { ProblemMessage } from '../../components/problem-message';
import { count, percent, points } from './format';
import { partyColour, partyName } from './party-colours';
import { ResultsNav } from './results-nav';
import { useSeatHistory } from './use-results';

const shareOf = (contest: HistoryContest, party: string): number =>
  contest.candidates.filter((c) => c.party === party).reduce((sum, c) => sum + c.share, 0);

/** Butler swing from the previous contest's winner to this contest's winner (or runner-up if held). */
function swingSince(previous: HistoryContest, contest: HistoryContest): string {
  const from = previous.winner;
  const to =
    contest.winner !== from
      ? contest.winner
      : (contest.candidates.find((c) => c.party !== from)?.party ?? from);
  if (to === from) return '—';
  const swing =
    (shareOf(contest, to) - shareOf(previous, to) - (shareOf(contest, from) - shareOf(previous, from))) / 2;
  return `${points(swing)} ${from} → ${to}`;
}

function ShareChart({ history }: { history: SeatHistory }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const contests = history.contests;
    const main = new Set(
      contests.flatMap((c) => c.candidates.filter((x) => x.share >= 0.05).map((x) => x.party)),
    );
    const data = contests.flatMap((contest) =>
      [...main].map((party) => ({ date: new Date(contest.date), party, share: shareOf(contest, party) })),
    );
    return {
      width: 640,
      height: 300,
      marginRight: 50,
      x: { label: null, type: 'utc' },
      y: {
        label: 'Share of valid votes (%)',
        grid: true,
        transform: (v: number) => v * 100,
        domain: [0, 100],
      },
      marks: [
        Plot.line(data, {
          x: 'date',
          y: 'share',
          stroke: (d: { party: string }) => partyColour(d.party),
          z: 'party',
          marker: 'circle',
        }),
        Plot.text(
          data.filter((d) => d.date.getTime() === Math.max(...data.map((x) => x.date.getTime()))),
          { x: 'date', y: 'share', text: 'party', dx: 8, textAnchor: 'start' },
        ),
      ],
    };
  }, [history]);
  return (
    <PlotFigure
      options={options}
      caption={`Vote share of each main party in ${history.name} at each contest.`}
    />
  );
}

/** A constituency's page: every result since 2010, majority, swing, by-elections and linked seats. */
export function ConstituencyPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const history = useSeatHistory(code, search.get('set'));
  const data = history.data;
  useDocumentTitle(data ? data.name : 'Constituency');
  return (
    <>
      <ResultsNav />
      <h1>{data ? data.name : 'Constituency'}</h1>
      {history.isPending && <p>Loading results…</p>}
      {history.isError && <ProblemMessage error={history.error} />}
      {data && (
        <>
          <dl className="facts card">
            <dt>Code</dt>
            <dd>{data.code}</dd>
            <dt>Boundaries</dt>
            <dd>{data.boundarySet === '2024' ? 'Since 2024' : '2010 to 2019'}</dd>
            <dt>Area</dt>
            <dd>
              {data.county}, {data.region}, {data.nation}
            </dd>
            {data.contests.at(-1) && (
              <>
                <dt>Latest result</dt>
                <dd>
                  {partyName(data.contests.at(-1)?.winner ?? '')} ({data.contests.at(-1)?.winnerName}),
                  majority {count(data.contests.at(-1)?.majority ?? 0)} (
                  {percent(data.contests.at(-1)?.majorityShare ?? 0)})
                </dd>
              </>
            )}
          </dl>
          {data.contests.length > 1 && <ShareChart history={data} />}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label="Results at each election">
            <table className="stage-table results-history">
              <caption>Results at each election, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Election</th>
                  <th scope="col">Winner</th>
                  <th scope="col">Majority</th>
                  <th scope="col">Turnout</th>
                  <th scope="col">Swing since previous</th>
                  <th scope="col">Candidates (votes, share)</th>
                </tr>
              </thead>
              <tbody>
                {data.contests.map((contest, i) => {
                  const previous = data.contests[i - 1];
                  return (
                    <tr key={contest.election}>
                      <th scope="row">
                        {contest.date}
                        <span className="stage-table__action">
                          {contest.kind === 'by-election' ? (
                            <Link to={`/results/by-elections/${data.code}/${contest.date}`}>By-election</Link>
                          ) : (
                            'General election'
                          )}
                        </span>
                      </th>
                      <td>
                        {contest.winner}
                        <span className="stage-table__change">{contest.winnerName}</span>
                      </td>
                      <td>
                        {count(contest.majority)}
                        <span className="stage-table__change">{percent(contest.majorityShare)}</span>
                      </td>
                      <td>{percent(contest.turnout)}</td>
                      <td>{previous ? swingSince(previous, contest) : '—'}</td>
                      <td className="results-candidates">
                        {contest.candidates.map((c) => (
                          <span key={`${c.name}-${c.party}`}>
                            {c.name} ({c.party}) {count(c.votes)}, {percent(c.share)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          {data.notional.length > 0 && (
            <p>
              Notional results on these boundaries:{' '}
              {data.notional
                .map(
                  (n) =>
                    `${n.election === 'notional2019' ? '2019' : '2005'}: ${n.winner}, majority ${count(n.majority)}`,
                )
                .join('; ')}
              .
            </p>
          )}
          {(data.predecessors.length > 0 || data.successors.length > 0) && (
            <section className="card" aria-labelledby="linked-heading">
              <h2 id="linked-heading">{data.boundarySet === '2024' ? 'Drawn from' : 'Now part of'}</h2>
              <ul>
                {[...data.predecessors, ...data.successors].map((link) => (
                  <li key={link.code}>
                    <Link
                      to={`/results/seats/${link.code}?set=${data.boundarySet === '2024' ? '2010' : '2024'}`}
                    >
                      {link.name}
                    </Link>{' '}
                    ({percent(link.share, 0)} of the population)
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
