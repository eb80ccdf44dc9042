import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { count, percent } from './format';
import { partyName } from './party-colours';
import { ResultsNav } from './results-nav';
import { useElections, useSeats, useTargets } from './use-results';

/** Most targets listed at once. */
const LIMIT = 100;

/** The boundary set an election's seats are on (notional 2019 and 2024 on: the 2024 set). */
const setOf = (election: string | null): string =>
  election === 'notional2019' || Number(election) >= 2024 ? '2024' : '2010';

/** The targets page: a party's seats ordered by the swing it needs, filterable by area. */
export function TargetsPage() {
  useDocumentTitle('Target seats');
  const elections = useElections();
  const seats = useSeats();
  const [party, setParty] = useState('Lab');
  const [election, setElection] = useState('2024');
  const [area, setArea] = useState('');
  const [query, setQuery] = useState(`party=Lab&election=2024&limit=${LIMIT}`);
  const targets = useTargets(query);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ party: party.trim(), election, limit: String(LIMIT) });
    const [kind, name] = area.split(':');
    if (kind && name) params.set(kind, name);
    setQuery(params.toString());
  };
  const current = new URLSearchParams(query);
  return (
    <>
      <ResultsNav />
      <h1>Target seats</h1>
      <p className="lede">Seats a party did not win, ordered by the two-party swing it needs to take them.</p>
      <form className="card" onSubmit={onSubmit}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="targets-party">
              Party (abbreviation, e.g. Lab, Con, LD, RUK, Green, SNP, PC)
            </label>
            <input
              id="targets-party"
              className="input--short"
              value={party}
              onChange={(e) => setParty(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="targets-election">After the election of</label>
            <select id="targets-election" value={election} onChange={(e) => setElection(e.target.value)}>
              {elections.data
                ?.filter((e) => e.kind === 'general')
                .map((e) => (
                  <option key={e.id} value={String(e.year)}>
                    {e.year}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="targets-area">Where</label>
            <select id="targets-area" value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">Everywhere</option>
              <optgroup label="Nations">
                {seats.data?.nations.map((n) => (
                  <option key={n} value={`nation:${n}`}>
                    {n}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Regions">
                {seats.data?.regions.map((n) => (
                  <option key={n} value={`region:${n}`}>
                    {n}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Counties">
                {seats.data?.counties.map((n) => (
                  <option key={n} value={`county:${n}`}>
                    {n}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          Show targets
        </button>
      </form>
      {targets.isPending && <p>Loading…</p>}
      {targets.isError && <ProblemMessage error={targets.error} />}
      {targets.data && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label="Target seats">
          <table className="stage-table">
            <caption>
              {partyName(current.get('party') ?? '')} targets after {current.get('election')} (
              {targets.data.length === LIMIT ? `first ${LIMIT}` : targets.data.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Seat</th>
                <th scope="col">Held by</th>
                <th scope="col">Majority</th>
                <th scope="col">Party’s share</th>
                <th scope="col">Swing needed</th>
              </tr>
            </thead>
            <tbody>
              {targets.data.map((seat) => (
                <tr key={seat.code}>
                  <td>{seat.rank}</td>
                  <th scope="row">
                    <Link to={`/results/seats/${seat.code}?set=${setOf(current.get('election'))}`}>
                      {seat.name}
                    </Link>
                    <span className="stage-table__action">{seat.county}</span>
                  </th>
                  <td>{seat.holder}</td>
                  <td>{count(seat.majority)}</td>
                  <td>{percent(seat.partyShare)}</td>
                  <td>{(seat.swingNeeded * 100).toFixed(2)} points</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
