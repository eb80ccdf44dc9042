import { type FormEvent, useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { count, percent, points, signedCount } from './format';
import { LabelledSelect } from './labelled-select';
import { partyName } from './party-colours';
import { ResultsNav } from './results-nav';
import { useChange, useElections, useSeats } from './use-results';

/** The area-sum page: choose seats by nation, region, county or a list, and see vote changes by party. */
export function AreaChangePage() {
  useDocumentTitle('Vote change in an area');
  const elections = useElections();
  const seats = useSeats();
  const [from, setFrom] = useState('2019');
  const [to, setTo] = useState('2024');
  const [nation, setNation] = useState('');
  const [region, setRegion] = useState('');
  const [county, setCounty] = useState('');
  const [list, setList] = useState('');
  const [exclude, setExclude] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const change = useChange(query);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ from, to });
    for (const [key, value] of [
      ['nation', nation],
      ['region', region],
      ['county', county],
      ['seats', list],
      ['exclude', exclude],
    ] as const) {
      if (value.trim()) params.set(key, value.trim());
    }
    setQuery(params.toString());
  };
  const choices = elections.data?.filter((e) => e.kind === 'general') ?? [];
  const data = change.data;
  return (
    <>
      <ResultsNav />
      <h1>Vote change in an area</h1>
      <p className="lede">
        Add up the votes in any set of seats at two elections. Across the 2024 boundary change the notional
        2019 results stand in for 2019.
      </p>
      <form className="card" onSubmit={onSubmit}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="change-from">From</label>
            <select id="change-from" value={from} onChange={(e) => setFrom(e.target.value)}>
              {choices.map((e) => (
                <option key={e.id} value={String(e.year)}>
                  {e.year}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="change-to">To</label>
            <select id="change-to" value={to} onChange={(e) => setTo(e.target.value)}>
              {choices.map((e) => (
                <option key={e.id} value={String(e.year)}>
                  {e.year}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <LabelledSelect
            id="change-nation"
            label="Nation"
            value={nation}
            onChange={setNation}
            choices={seats.data?.nations}
          />
          <LabelledSelect
            id="change-region"
            label="Region"
            value={region}
            onChange={setRegion}
            choices={seats.data?.regions}
          />
          <LabelledSelect
            id="change-county"
            label="County"
            value={county}
            onChange={setCounty}
            choices={seats.data?.counties}
          />
        </div>
        <div className="field">
          <label htmlFor="change-seats">Only these seats (names or codes, separated by commas)</label>
          <input id="change-seats" value={list} onChange={(e) => setList(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="change-exclude">Leave out these seats (e.g. a county’s city seats)</label>
          <input id="change-exclude" value={exclude} onChange={(e) => setExclude(e.target.value)} />
        </div>
        <button type="submit" className="button">
          Add up the votes
        </button>
      </form>
      {change.isFetching && <p>Adding up…</p>}
      {change.isError && <ProblemMessage error={change.error} />}
      {data && (
        <section aria-labelledby="change-heading">
          <h2 id="change-heading">
            {data.fromElection} to {data.toElection}: {data.seats.length} seats
          </h2>
          <p>
            Valid votes {count(data.validVotes.from)} → {count(data.validVotes.to)}; turnout{' '}
            {percent(data.turnout.from)} → {percent(data.turnout.to)}. Seats on the {data.boundarySet}{' '}
            boundaries
            {data.basis.from !== 'actual'
              ? ` (${data.fromElection}: ${data.basis.from.replace('-', ' ')})`
              : ''}
            .
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label="Votes by party at each election">
            <table className="stage-table">
              <caption>Votes and shares by party, summed over the chosen seats</caption>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Votes {data.from}</th>
                  <th scope="col">Votes {data.to}</th>
                  <th scope="col">Change</th>
                  <th scope="col">Share {data.from}</th>
                  <th scope="col">Share {data.to}</th>
                  <th scope="col">Points</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(data.votes)
                  .filter(([, v]) => v.from > 0 || v.to > 0)
                  .map(([party, v]) => (
                    <tr key={party}>
                      <th scope="row">{partyName(party)}</th>
                      <td>{count(v.from)}</td>
                      <td>{count(v.to)}</td>
                      <td>{signedCount(v.change)}</td>
                      <td>{percent(data.shares[party]?.from ?? 0)}</td>
                      <td>{percent(data.shares[party]?.to ?? 0)}</td>
                      <td>{points(data.shares[party]?.change ?? 0)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        </section>
      )}
    </>
  );
}
