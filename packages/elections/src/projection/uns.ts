import { normaliseSeat, type SwingModel } from './model';

/**
 * Uniform national swing, the additive model as Electoral Calculus describes it ("Transition Model
 * 2004", https://www.electoralcalculus.co.uk/blogs/newmodel.html, section 2): A(i,k) = C(i,k) + P(i) − E(i).
 * To keep shares meaningful: a party that did not stand in a seat (C = 0) gets no swing there unless it
 * is new everywhere (E = 0); results below zero are clamped to zero and the seat rescaled to add up to 1.
 */
export const uniformSwing: SwingModel = {
  name: 'uns',
  prepare(area, target) {
    const parties = target.length;
    const delta = target.map((share, j) => share - (area.shares[j] ?? 0));
    const isNew = area.shares.map((share) => (share === 0 ? 1 : 0));
    return (base, offset, out, outOffset) => {
      for (let j = 0; j < parties; j++) {
        const current = base[offset + j] ?? 0;
        const stood = current > 0 || isNew[j] === 1;
        out[outOffset + j] = stood ? Math.max(0, current + (delta[j] ?? 0)) : 0;
      }
      normaliseSeat(out, outOffset, parties);
    };
  },
};
