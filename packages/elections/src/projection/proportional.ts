import { normaliseSeat, type SwingModel } from './model';

/**
 * Proportional swing ("proportional loss", Reece; revived by Nate Silver in 2010; see Mark Pack,
 * https://www.markpack.org.uk/7556/uniform-versus-proportional-swing-which-is-best/): every seat's share
 * is scaled by the national ratio, A(i,k) = C(i,k) × P(i)/E(i). A party new everywhere (E = 0) gets its
 * national share in every seat. Each seat is then rescaled to add up to 1. Shares are never negative.
 */
export const proportionalSwing: SwingModel = {
  name: 'proportional',
  prepare(area, target) {
    const parties = target.length;
    const ratio = target.map((share, j) => {
      const before = area.shares[j] ?? 0;
      return before > 0 ? share / before : 0;
    });
    const added = target.map((share, j) => ((area.shares[j] ?? 0) > 0 ? 0 : share));
    return (base, offset, out, outOffset) => {
      for (let j = 0; j < parties; j++) {
        out[outOffset + j] = (base[offset + j] ?? 0) * (ratio[j] ?? 0) + (added[j] ?? 0);
      }
      normaliseSeat(out, outOffset, parties);
    };
  },
};
