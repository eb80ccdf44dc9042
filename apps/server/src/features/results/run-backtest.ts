import { type BacktestRow, backtest } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';

/** Every model at every level on every election pair; computed once per loaded dataset. */
export function runBacktest(results: CachedResults): BacktestRow[] {
  results.memo.backtest ??= backtest(results.dataset);
  return results.memo.backtest;
}
