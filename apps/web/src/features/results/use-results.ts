import type {
  BacktestRow,
  ByElectionListing,
  ElectionComparison,
  HexLayout,
  SeatHistory,
  TargetSeat,
} from '@caucus/elections';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import type {
  BaselineJson,
  ByElectionReport,
  ElectionListing,
  ElectionOverview,
  SeatSearch,
} from './results-types';

const forever = { staleTime: Number.POSITIVE_INFINITY } as const;
const enc = encodeURIComponent;

/** General elections and notional sets. */
export function useElections() {
  return useQuery({
    queryKey: ['results', 'elections'],
    queryFn: () => apiGet<ElectionListing[]>('/api/results/elections'),
    ...forever,
  });
}

/** One election's totals and map. */
export function useElection(year: string) {
  return useQuery({
    queryKey: ['results', 'election', year],
    queryFn: () => apiGet<ElectionOverview>(`/api/results/elections/${enc(year)}`),
    ...forever,
  });
}

/** Every seat (both boundary sets) and the areas, for pickers. */
export function useSeats() {
  return useQuery({
    queryKey: ['results', 'seats'],
    queryFn: () => apiGet<SeatSearch>('/api/results/seats'),
    ...forever,
  });
}

/** A seat's history. */
export function useSeatHistory(code: string, set: string | null) {
  const query = set === '2010' || set === '2024' ? `?boundarySet=${set}` : '';
  return useQuery({
    queryKey: ['results', 'seat', code, query],
    queryFn: () => apiGet<SeatHistory>(`/api/results/seats/${enc(code)}${query}`),
    ...forever,
  });
}

/** Vote changes over a set of seats; `query` is the URL query string (no request while null). */
export function useChange(query: string | null) {
  return useQuery({
    queryKey: ['results', 'change', query],
    queryFn: () => apiGet<ElectionComparison>(`/api/results/change?${query ?? ''}`),
    enabled: query !== null,
    ...forever,
  });
}

/** A party's targets; `query` is the URL query string. */
export function useTargets(query: string) {
  return useQuery({
    queryKey: ['results', 'targets', query],
    queryFn: () => apiGet<TargetSeat[]>(`/api/results/targets?${query}`),
    ...forever,
  });
}

/** Every by-election. */
export function useByElections() {
  return useQuery({
    queryKey: ['results', 'by-elections'],
    queryFn: () => apiGet<ByElectionListing[]>('/api/results/by-elections'),
    ...forever,
  });
}

/** One by-election's analysis. */
export function useByElection(code: string, date: string) {
  return useQuery({
    queryKey: ['results', 'by-election', code, date],
    queryFn: () => apiGet<ByElectionReport>(`/api/results/by-elections/${enc(code)}?date=${enc(date)}`),
    ...forever,
  });
}

/** The projection baseline (the latest general election). */
export function useBaseline() {
  return useQuery({
    queryKey: ['results', 'baseline'],
    queryFn: () => apiGet<BaselineJson>('/api/results/projection/baseline'),
    ...forever,
  });
}

/** A boundary set's hex map. */
export function useHexLayout(set: '2010' | '2024') {
  return useQuery({
    queryKey: ['results', 'hexes', set],
    queryFn: () => apiGet<HexLayout>(`/api/results/hexes/${set}`),
    ...forever,
  });
}

/** The backtest of every model. */
export function useBacktest() {
  return useQuery({
    queryKey: ['results', 'backtest'],
    queryFn: () => apiGet<BacktestRow[]>('/api/results/backtest'),
    ...forever,
  });
}
