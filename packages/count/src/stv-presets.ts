/**
 * Rule books for the stage-by-stage STV engine. Each preset fixes the arithmetic and every choice
 * where the STV rule texts differ (docs/counting-rules.md gives the sources).
 */
import type { TieHistoryOrder } from './tie-break';

/** The choices that make an STV variant. */
export interface StvPreset {
  /** Method name as used by the CLI. */
  readonly method: 'scottish' | 'ers97' | 'av';
  /** Decimal places of vote values (truncation point). */
  readonly decimals: number;
  /** Decimal places in which the quota is reported. */
  readonly quotaDecimals: number;
  /**
   * Quota: `droop-whole` floor(valid ÷ (seats + 1)) + 1 fixed (Scottish rule 46); `ers97`
   * valid ÷ (seats + 1) rounded up to the decimals, recomputed without non-transferable votes
   * until someone is elected (ERS97 5.1.6, 5.4.8); `majority` more than half of the hopeful
   * candidates' votes (AV).
   */
  readonly quota: 'droop-whole' | 'ers97' | 'majority';
  /** ERS97 5.1.7(b): also elect at total active vote ÷ (vacancies + 1). */
  readonly activeVoteThreshold: boolean;
  /**
   * Transfers: `whole-surplus` all papers in parcels at arrival value (Scottish rule 48);
   * `last-parcel` the last batch received, with exclusions in batches by value and elections
   * between batches (ERS97 5.3, 5.4); `none` (AV) no surpluses.
   */
  readonly transfer: 'whole-surplus' | 'last-parcel' | 'none';
  /** ERS97 5.2.2: defer surpluses that cannot change which candidates are excluded. */
  readonly deferSurpluses: boolean;
  /**
   * Exclusion: `single` the lowest candidate; `bulk-not-exceeding` as many lowest candidates as
   * possible whose total (with deferred surpluses) does not exceed the next one up (ERS97 5.2.5);
   * `bulk-below` those whose total is below the next one up (AV batch elimination).
   */
  readonly exclusion: 'single' | 'bulk-not-exceeding' | 'bulk-below';
  /** Order in which earlier totals break ties (then lot). */
  readonly tieOrder: TieHistoryOrder;
  /** Where the tie procedure comes from, for reports. */
  readonly tieSource: string;
  /** When more candidates tie for the last places than remain and earlier totals do not separate them: draw lots, or elect none of them at this stage (ERS97 5.6.2). */
  readonly unresolvedElectionTie: 'lot' | 'defer';
  /** Whether the papers of the exclusion that leaves as many hopefuls as vacancies are still transferred (Scottish, AV) or not (ERS97 5.5.1). */
  readonly transferFinalExclusion: boolean;
}

/** Scottish STV, SSI 2007/42 Schedule 1 rules 45–52. */
export const SCOTTISH_STV: StvPreset = {
  method: 'scottish',
  decimals: 5,
  quotaDecimals: 0,
  quota: 'droop-whole',
  activeVoteThreshold: false,
  transfer: 'whole-surplus',
  deferSurpluses: false,
  exclusion: 'single',
  tieOrder: 'backward',
  tieSource:
    'SSI 2007/42 Schedule 1 rules 49(2)–(3) and 51(2): the most recent earlier stage at which the candidates had unequal votes, then lot',
  unresolvedElectionTie: 'lot',
  transferFinalExclusion: true,
};

/** ERS97: Electoral Reform Society, How to Conduct an Election by STV, 3rd ed. 1997, section 5. */
export const ERS97_STV: StvPreset = {
  method: 'ers97',
  decimals: 2,
  quotaDecimals: 2,
  quota: 'ers97',
  activeVoteThreshold: true,
  transfer: 'last-parcel',
  deferSurpluses: true,
  exclusion: 'bulk-not-exceeding',
  tieOrder: 'forward',
  tieSource:
    'ERS97 5.2.3, 5.2.5 and 5.6.2: the first stage, then the earliest later point at which the candidates had unequal votes, then lot',
  unresolvedElectionTie: 'defer',
  transferFinalExclusion: false,
};

/** AV / IRV: whole votes, elected on more than half of the continuing votes; optional batch elimination. */
export function alternativeVote(batchElimination: boolean): StvPreset {
  return {
    method: 'av',
    decimals: 0,
    quotaDecimals: 0,
    quota: 'majority',
    activeVoteThreshold: false,
    transfer: 'none',
    deferSurpluses: false,
    exclusion: batchElimination ? 'bulk-below' : 'single',
    tieOrder: 'backward',
    tieSource:
      'Alternative vote as the Scottish rules count one seat: the most recent earlier round at which the candidates had unequal votes, then lot',
    unresolvedElectionTie: 'lot',
    transferFinalExclusion: true,
  };
}
