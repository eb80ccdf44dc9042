import type { CountResult } from './count-types';
import { describeAction } from './describe-action';

/** Subtracts two decimal strings of the same scale exactly, returning a signed decimal string. */
function difference(after: string, before: string): string {
  const scale = Math.max(after.split('.')[1]?.length ?? 0, before.split('.')[1]?.length ?? 0);
  const toUnits = (value: string) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return BigInt(whole + fraction.padEnd(scale, '0'));
  };
  const diff = toUnits(after) - toUnits(before);
  if (diff === 0n) return '';
  const sign = diff < 0n ? '−' : '+';
  const digits = (diff < 0n ? -diff : diff).toString().padStart(scale + 1, '0');
  return scale ? `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}` : `${sign}${digits}`;
}

/** The stage-by-stage result sheet: one row per candidate, one column per stage. */
export function StageTable({ result }: { result: CountResult }) {
  const first = result.stages[0];
  const candidates = result.candidates.length ? result.candidates : first ? Object.keys(first.totals) : [];
  const electedAt = new Map<string, number>();
  const excludedAt = new Map<string, number>();
  for (const stage of result.stages) {
    for (const name of stage.elected) if (!electedAt.has(name)) electedAt.set(name, stage.stage);
    for (const name of stage.excluded) if (!excludedAt.has(name)) excludedAt.set(name, stage.stage);
  }
  const status = (name: string, stage: number) => {
    const e = electedAt.get(name);
    if (e !== undefined && e <= stage) return 'elected';
    const x = excludedAt.get(name);
    if (x !== undefined && x <= stage) return 'excluded';
    return '';
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label="Stage-by-stage totals">
      <table className="stage-table">
        <caption>Totals after each stage{result.quota ? ` (quota ${result.quota})` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            {result.stages.map((stage) => (
              <th scope="col" key={stage.stage}>
                Stage {stage.stage}
                <span className="stage-table__action">{describeAction(stage.action)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {candidates.map((name) => (
            <tr key={name}>
              <th scope="row">
                {name}
                {electedAt.has(name) && <span className="badge badge--ok"> Elected</span>}
              </th>
              {result.stages.map((stage, i) => {
                const value = stage.totals[name] ?? '';
                const previous = i > 0 ? result.stages[i - 1]?.totals[name] : undefined;
                const change = previous !== undefined && value !== '' ? difference(value, previous) : '';
                const state = status(name, stage.stage);
                return (
                  <td key={stage.stage} className={state ? `cell--${state}` : undefined}>
                    {change && <span className="stage-table__change">{change}</span>}
                    {value}
                    {state === 'excluded' && excludedAt.get(name) === stage.stage && (
                      <span className="visually-hidden"> (excluded)</span>
                    )}
                    {state === 'elected' && electedAt.get(name) === stage.stage && (
                      <span className="visually-hidden"> (elected)</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="stage-table__nt">
            <th scope="row">Non-transferable</th>
            {result.stages.map((stage) => (
              <td key={stage.stage}>{stage.nonTransferable}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
