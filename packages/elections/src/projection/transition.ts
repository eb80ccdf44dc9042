import type { SwingModel } from './model';

/**
 * Each gaining party's fraction of the votes released by declining parties: its national gain divided
 * by the total national gain, (P(i) − E(i)) / Σ gains; zero for parties that do not gain.
 */
export function gainFractions(before: Float64Array, target: Float64Array): Float64Array {
  let totalGain = 0;
  for (let j = 0; j < target.length; j++) totalGain += Math.max(0, (target[j] ?? 0) - (before[j] ?? 0));
  return target.map((share, j) => {
    const gain = share - (before[j] ?? 0);
    return gain > 0 && totalGain > 0 ? gain / totalGain : 0;
  });
}

/**
 * Electoral Calculus Transition Model (2004), following https://www.electoralcalculus.co.uk/blogs/newmodel.html
 * section 3: a declining party keeps the same fraction of its vote in every seat, A(i,k) = C(i,k) × P(i)/E(i);
 * the votes so released in each seat go to the gaining parties in proportion to their national gains,
 * A(i,k) = C(i,k) + released(k) × (P(i) − E(i)) / Σ gains. Seat shares keep adding up to 1 and can
 * never go negative or above 1; the area's national shares come out exactly at P.
 */
export const transitionModel: SwingModel = {
  name: 'transition',
  prepare(area, target) {
    const parties = target.length;
    const keep = target.map((share, j) => {
      const before = area.shares[j] ?? 0;
      return share < before ? share / before : 1;
    });
    const gains = gainFractions(area.shares, target);
    return (base, offset, out, outOffset) => {
      let released = 0;
      for (let j = 0; j < parties; j++) {
        const current = base[offset + j] ?? 0;
        const kept = current * (keep[j] ?? 1);
        released += current - kept;
        out[outOffset + j] = kept;
      }
      for (let j = 0; j < parties; j++)
        out[outOffset + j] = (out[outOffset + j] ?? 0) + released * (gains[j] ?? 0);
    };
  },
};
