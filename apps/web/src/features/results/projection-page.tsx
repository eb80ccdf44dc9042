import {
  type Baseline,
  compareModels,
  LEVELS,
  type Level,
  MODEL_NAMES,
  type ModelName,
} from '@caucus/elections';
import { useDeferredValue, useMemo, useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { HexMap, PartyLegend } from './hex-map';
import { partyName } from './party-colours';
import { ResultsNav } from './results-nav';
import type { BaselineJson } from './results-types';
import { useBaseline, useHexLayout } from './use-results';

const MODEL_LABELS: Record<ModelName, string> = {
  uns: 'Uniform national swing',
  proportional: 'Proportional swing',
  transition: 'Transition model',
  stm: 'Strong transition model',
};

const LEVEL_LABELS: Record<Level, string> = {
  gb: 'Great Britain',
  nation: 'Each nation',
  region: 'Each region',
};

/** Highest share a slider offers, in percent. */
const MAX_SLIDER = 70;

function toBaseline(json: BaselineJson): Baseline {
  return {
    election: json.election,
    parties: json.parties,
    seats: json.seats,
    shares: Float64Array.from(json.shares),
    weights: Float64Array.from(json.weights),
    othersLead: Float64Array.from(json.othersLead),
  };
}

/** GB shares of the base election (modelled seats weighted by valid votes), in percent to one decimal. */
function baseShares(baseline: Baseline): Record<string, number> {
  const parties = baseline.parties.length;
  const totals = new Array<number>(parties).fill(0);
  let weight = 0;
  baseline.seats.forEach((seat, i) => {
    if (seat.fixed) return;
    const w = baseline.weights[i] ?? 0;
    weight += w;
    for (let j = 0; j < parties; j++)
      totals[j] = (totals[j] ?? 0) + w * (baseline.shares[i * parties + j] ?? 0);
  });
  return Object.fromEntries(
    baseline.parties.map((party, j) => [party, Math.round(((totals[j] ?? 0) / weight) * 1000) / 10]),
  );
}

function Calculator({ baseline, hexes }: { baseline: Baseline; hexes: BaselineHexes }) {
  const [percents, setPercents] = useState(() => baseShares(baseline));
  const [model, setModel] = useState<ModelName>('uns');
  const [level, setLevel] = useState<Level>('gb');
  const deferred = useDeferredValue(percents);
  const total = Object.values(percents).reduce((sum, value) => sum + value, 0);
  const comparison = useMemo(() => {
    const sum = Object.values(deferred).reduce((a, b) => a + b, 0);
    if (sum <= 0) return null;
    const shares = Object.fromEntries(Object.entries(deferred).map(([party, value]) => [party, value / sum]));
    return compareModels(baseline, { level, shares });
  }, [baseline, deferred, level]);
  const projection = comparison?.projections[model];
  const winners = new Map(projection?.constituencies.map((seat) => [seat.code, seat.winner]) ?? []);
  return (
    <>
      <form className="card projection-controls" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Great Britain vote shares (%)</legend>
          {baseline.parties.map((party) => (
            <div className="share-slider" key={party}>
              <label htmlFor={`share-${party}`}>{partyName(party)}</label>
              <input
                id={`share-${party}`}
                type="range"
                min={0}
                max={MAX_SLIDER}
                step={0.5}
                value={percents[party] ?? 0}
                onChange={(event) => setPercents({ ...percents, [party]: Number(event.target.value) })}
              />
              <output htmlFor={`share-${party}`}>{(percents[party] ?? 0).toFixed(1)}%</output>
            </div>
          ))}
          <p className="hint" aria-live="polite">
            Total {total.toFixed(1)}%
            {Math.abs(total - 100) > 0.05 ? ' — shares are scaled to add up to 100%.' : '.'}
          </p>
          <button
            type="button"
            className="button--secondary"
            onClick={() => setPercents(baseShares(baseline))}
          >
            Reset to {baseline.election.replace('ge', '')} result
          </button>
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="model">Model</label>
            <select id="model" value={model} onChange={(event) => setModel(event.target.value as ModelName)}>
              {MODEL_NAMES.map((name) => (
                <option key={name} value={name}>
                  {MODEL_LABELS[name]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="level">Apply the swing in</label>
            <select id="level" value={level} onChange={(event) => setLevel(event.target.value as Level)}>
              {LEVELS.map((name) => (
                <option key={name} value={name}>
                  {LEVEL_LABELS[name]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      {projection && comparison && (
        <>
          <section aria-labelledby="projected-heading">
            <h2 id="projected-heading">Projected seats</h2>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <section className="table-scroll" tabIndex={0} aria-label="Projected seats by party and model">
              <table className="stage-table projection-seats" id="projected-seats">
                <caption>
                  Seats with the {MODEL_LABELS[model].toLowerCase()}, and the range across all four models
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Party</th>
                    <th scope="col">Seats</th>
                    <th scope="col">Range</th>
                    {MODEL_NAMES.map((name) => (
                      <th scope="col" key={name}>
                        {MODEL_LABELS[name]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(projection.seats).map(([party, seats]) => {
                    const spread = comparison.spread[party];
                    return (
                      <tr key={party}>
                        <th scope="row">{partyName(party)}</th>
                        <td data-party={party}>{seats}</td>
                        <td>{spread ? `${spread.min}–${spread.max}` : seats}</td>
                        {MODEL_NAMES.map((name) => (
                          <td key={name}>{spread?.byModel[name] ?? 0}</td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          </section>
          <div className="results-map-layout">
            <HexMap
              hexes={hexes}
              winnerOf={(code) => winners.get(code) ?? null}
              hrefOf={(code) => `/results/seats/${code}?set=2024`}
              caption="Projected winner in each constituency (2024 boundaries). Northern Ireland and the Speaker’s seat are carried over."
            />
            <div>
              <h2>Key</h2>
              <PartyLegend seats={projection.seats} label="Map key: party and projected seats" />
            </div>
          </div>
        </>
      )}
    </>
  );
}

type BaselineHexes = { code: string; name: string; q: number; r: number }[];

/** The projection page: share sliders move the seats, map and model spread at once, in the browser. */
export function ProjectionPage() {
  useDocumentTitle('Seat projection');
  const baseline = useBaseline();
  const hexes = useHexLayout('2024');
  const ready = useMemo(() => (baseline.data ? toBaseline(baseline.data) : null), [baseline.data]);
  const error = baseline.error ?? hexes.error;
  return (
    <>
      <ResultsNav />
      <h1>Seat projection</h1>
      <p className="notice" role="note">
        <strong>A scenario calculator, not a forecast.</strong> It shows what the chosen vote shares would
        mean if they moved the way each model assumes from the last general election. Real results differ seat
        by seat.
      </p>
      {(baseline.isPending || hexes.isPending) && !error && <p>Loading the last general election…</p>}
      {error && <ProblemMessage error={error} />}
      {ready && hexes.data && <Calculator baseline={ready} hexes={hexes.data.hexes} />}
    </>
  );
}
