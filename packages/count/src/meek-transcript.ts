/**
 * The report of a Meek count in the layout Droop and stv-rs print (`caucus count --format droop`),
 * action by action with the same figures, so that a count can be diffed against theirs: only the
 * line naming the implementation differs. A `meek` count is reported as Droop's `meek-prf` rule
 * reports it (no "Iterate" lines, the PRF's "Break tie (defeat low candidate)"), a `meek-droop`
 * count as Droop's `meek` rule and stv-rs report it.
 */
import { CountOptionsError } from './errors';
import { formatFixed } from './fixed-point';
import type { MeekEvent, MeekView } from './meek-count';
import { MEEK_DROOP, MEEK_PRF } from './meek-rules';
import type { CountResult } from './result';
import { ELECTED, EXCLUDED, HOPEFUL, WITHDRAWN } from './stv-state';

/** Renders a Meek count as Droop's and stv-rs's text report; throws CountOptionsError for other methods. */
export function renderMeekTranscript(result: CountResult): string {
  const { meek } = result;
  if (meek === undefined) {
    throw new CountOptionsError(
      'format',
      'the Droop report format is for Meek counts (meek, meek-droop) only.',
    );
  }
  const rule = result.method === 'meek' ? MEEK_PRF : MEEK_DROOP;
  const value = (v: bigint): string => formatFixed(v, result.decimals);
  const name = (candidate: number): string => result.candidates[candidate] ?? `#${candidate + 1}`;
  const withdrawn = new Set(result.withdrawn);
  const lines: string[] = [
    '',
    `Election: ${result.title ?? ''}`,
    '',
    '\tImplementation: Caucus',
    `\tRule: ${rule.title}`,
    `\tArithmetic: fixed-point decimal arithmetic (${result.decimals} places)`,
    `\tSeats: ${result.seats}`,
    `\tBallots: ${result.ballots.valid}`,
    `\tQuota: ${value(meek.initialQuota)}`,
    `\tOmega: ${value(10n ** BigInt(result.decimals - rule.omegaDecimals))}`,
    ...(result.source === undefined ? [] : [`Source: ${result.source}`]),
    ...(result.comment === undefined ? [] : [`{${result.comment}}`]),
    '',
  ];
  const order = result.tieProcedure.order;
  if (order && (order.from === 'option' || order.from === 'draw')) {
    const how = order.from === 'draw' ? `drawn with seed ${result.seed}` : 'given';
    lines.push(`\tTie order (${how}): ${order.candidates.map(name).join(', ')}`, '');
  }
  result.candidates.forEach((candidate, index) => {
    lines.push(`\tAdd ${withdrawn.has(index) ? 'withdrawn' : 'eligible'}: ${candidate}`);
  });
  const counts = (view: MeekView): string[] => {
    const out: string[] = [];
    const group = (c: number): number => {
      const s = view.status[c];
      if (s === HOPEFUL) return 1;
      if (s === EXCLUDED) return (view.votes[c] ?? 0n) === 0n ? 3 : 2;
      return 0;
    };
    const order = result.candidates.map((_, index) => index).sort((a, b) => group(a) - group(b) || a - b);
    const zero: string[] = [];
    for (const c of order) {
      const s = view.status[c];
      if (s === WITHDRAWN) continue;
      if (group(c) === 3) {
        zero.push(name(c));
        continue;
      }
      const label = s === ELECTED ? 'Elected: ' : s === HOPEFUL ? 'Hopeful: ' : 'Defeated:';
      out.push(`\t${label} ${name(c)} (${value(view.votes[c] ?? 0n)})`);
    }
    if (zero.length > 0) out.push(`\tDefeated: ${zero.join(', ')} (${value(0n)})`);
    return out;
  };
  const action = (text: string, view: MeekView, full: boolean): string[] => [
    `Action: ${text}`,
    ...(full ? counts(view) : []),
    `\tQuota: ${value(view.quota)}`,
    `\tVotes: ${value(view.total)}`,
    `\tResidual: ${value(view.residual)}`,
    `\tTotal: ${value(view.total + view.residual)}`,
    `\tSurplus: ${value(view.surplus)}`,
  ];
  const render = (event: MeekEvent): string[] => {
    switch (event.kind) {
      case 'begin':
        return action('Begin Count', event.view, true);
      case 'round':
        return [`Round ${event.round}:`];
      case 'elect':
        return action(
          `${event.remaining ? 'Elect remaining' : 'Elect'}: ${name(event.candidate)}`,
          event.view,
          true,
        );
      case 'stable':
        return [`\tStable state detected (${value(event.surplus)})`];
      case 'iterate':
        return action(`Iterate (${event.outcome})`, event.view, false);
      case 'tie': {
        const what = rule.transcript === 'prf' ? 'defeat low candidate' : 'defeat';
        const tied = event.candidates.map(name).join(', ');
        return action(`Break tie (${what}): [${tied}] -> ${name(event.chosen)}`, event.view, false);
      }
      case 'defeat': {
        const surplus = value(event.view.surplus);
        const why = {
          omega: `Defeat (surplus ${surplus} < omega)`,
          stable: `Defeat (stable surplus ${surplus})`,
          remaining: 'Defeat remaining',
          doomed: 'Defeat (cannot be elected under the constraints)',
        }[event.reason];
        return action(`${why}: ${name(event.candidate)}`, event.view, true);
      }
      case 'complete':
        return action('Count Complete', event.view, true);
    }
  };
  for (const event of meek.events) lines.push(...render(event));
  return `${lines.join('\n')}\n\n`;
}
