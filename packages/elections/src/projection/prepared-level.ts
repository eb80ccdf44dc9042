import type { Nation } from '../types';
import type { Baseline } from './baseline';
import type { AreaStats, Level } from './model';
import { STRONG_THRESHOLD } from './stm';

/** One area of a level (all of GB, a nation or a region) with the seats in it and its baseline statistics. */
export interface ProjectionArea {
  /** "GB", a nation name or a region name: the key for per-area shares. */
  name: string;
  nation: Nation | null;
  /** Indices into baseline.seats of the (non-fixed) seats in the area. */
  seats: Int32Array;
  /** Valid votes in the area at the base election. */
  weight: number;
  stats: AreaStats;
}

/** A baseline split into the areas of one level, ready to project repeatedly. */
export interface PreparedLevel {
  baseline: Baseline;
  level: Level;
  areas: ProjectionArea[];
}

function areaKey(level: Level, seat: Baseline['seats'][number]): string {
  if (level === 'gb') return 'GB';
  return level === 'nation' ? seat.nation : seat.regionName;
}

function statsOf(baseline: Baseline, seats: readonly number[]): { stats: AreaStats; weight: number } {
  const parties = baseline.parties.length;
  const shares = new Float64Array(parties);
  const weak = new Float64Array(parties);
  const strong = new Float64Array(parties);
  let weight = 0;
  for (const i of seats) {
    const w = baseline.weights[i] ?? 0;
    weight += w;
    for (let j = 0; j < parties; j++) {
      const share = baseline.shares[i * parties + j] ?? 0;
      const weakPart = Math.min(share, STRONG_THRESHOLD);
      shares[j] = (shares[j] ?? 0) + w * share;
      weak[j] = (weak[j] ?? 0) + w * weakPart;
      strong[j] = (strong[j] ?? 0) + w * (share - weakPart);
    }
  }
  for (let j = 0; j < parties; j++) {
    shares[j] = weight > 0 ? (shares[j] ?? 0) / weight : 0;
    weak[j] = weight > 0 ? (weak[j] ?? 0) / weight : 0;
    strong[j] = weight > 0 ? (strong[j] ?? 0) / weight : 0;
  }
  return { stats: { shares, weak, strong }, weight };
}

/** Splits a baseline's modelled (non-fixed) seats into the areas of a level and computes each area's baseline. */
export function prepareLevel(baseline: Baseline, level: Level): PreparedLevel {
  const groups = new Map<string, { nation: Nation | null; seats: number[] }>();
  baseline.seats.forEach((seat, i) => {
    if (seat.fixed) return;
    const key = areaKey(level, seat);
    const group = groups.get(key) ?? { nation: level === 'gb' ? null : seat.nation, seats: [] };
    group.seats.push(i);
    groups.set(key, group);
  });
  const areas = [...groups].map(([name, group]): ProjectionArea => {
    const { stats, weight } = statsOf(baseline, group.seats);
    return { name, nation: group.nation, seats: Int32Array.from(group.seats), weight, stats };
  });
  return { baseline, level, areas };
}
