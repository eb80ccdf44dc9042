import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { count, percent } from './format';
import { HexMap, PartyLegend } from './hex-map';
import { partyName } from './party-colours';
import { ResultsNav } from './results-nav';
import { SeatsChart } from './seats-chart';
import { useElection, useElections } from './use-results';

/** The latest general election, shown when no year is chosen. */
const DEFAULT_ELECTION = '2024';

/** An election overview: the hex map coloured by winner, seats chart and the UK-wide totals. */
export function ElectionPage() {
  const { year = DEFAULT_ELECTION } = useParams();
  const navigate = useNavigate();
  const elections = useElections();
  const election = useElection(year);
  const data = election.data;
  useDocumentTitle(data ? data.label : 'Election results');
  const pathOf = (id: string): string => {
    const chosen = elections.data?.find((e) => e.id === id);
    return chosen?.kind === 'general' ? String(chosen.year) : id;
  };
  const winners = new Map(data?.map.hexes.map((hex) => [hex.code, hex.winner]) ?? []);
  const setLabel = data?.boundarySet === '2024' ? '2024 boundaries' : '2010 boundaries';
  return (
    <>
      <ResultsNav />
      <h1>{data ? data.label : 'Election results'}</h1>
      <div className="field">
        <label htmlFor="election-choice">Election</label>
        <select
          id="election-choice"
          value={data?.election ?? ''}
          onChange={(event) => navigate(`/results/elections/${pathOf(event.target.value)}`)}
        >
          {!elections.data && <option value={data?.election ?? ''}>{year}</option>}
          {elections.data?.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
      </div>
      {election.isPending && <p>Loading results…</p>}
      {election.isError && <ProblemMessage error={election.error} />}
      {data && (
        <>
          <dl className="facts card">
            <dt>Valid votes</dt>
            <dd>{count(data.validVotes)}</dd>
            <dt>Electorate</dt>
            <dd>{count(data.electorate)}</dd>
            <dt>Turnout</dt>
            <dd>{percent(data.turnout)} of electors cast a valid vote</dd>
            <dt>Boundaries</dt>
            <dd>{setLabel}</dd>
          </dl>
          <div className="results-map-layout">
            <HexMap
              hexes={data.map.hexes}
              winnerOf={(code) => winners.get(code) ?? null}
              hrefOf={(code) => `/results/seats/${code}?set=${data.boundarySet}`}
              caption={`Winner in each of the ${data.map.hexes.length} constituencies (${setLabel}); one hexagon per seat. Select a seat for its history.`}
            />
            <div>
              <h2>Seats won</h2>
              <PartyLegend seats={data.seats} label="Map key: party and seats won" />
            </div>
          </div>
          <SeatsChart
            seats={data.seats}
            caption="Seats won by each party; the dashed line marks the 326 needed for a majority."
          />
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label="Votes and seats by party">
            <table className="stage-table">
              <caption>Votes and seats by party, UK</caption>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Seats</th>
                  <th scope="col">Votes</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(data.votes)
                  .filter(([party]) => (data.seats[party] ?? 0) > 0 || (data.shares[party] ?? 0) >= 0.005)
                  .map(([party, votes]) => (
                    <tr key={party}>
                      <th scope="row">
                        {partyName(party)} <span className="muted">({party})</span>
                      </th>
                      <td>{data.seats[party] ?? 0}</td>
                      <td>{count(votes)}</td>
                      <td>{percent(data.shares[party] ?? 0)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
          <p className="muted">
            Parties with under 0.5% of the vote and no seats are left out of the table. Source: House of
            Commons Library; hex map © Open Innovations. <Link to="/about">Credits</Link>.
          </p>
        </>
      )}
    </>
  );
}
