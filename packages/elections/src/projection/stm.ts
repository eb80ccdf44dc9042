import type { SwingModel } from './model';
import { gainFractions } from './transition';

/** Electoral Calculus's threshold between weak and strong supporters: 20% of the seat's turnout. */
export const STRONG_THRESHOLD = 0.2;

/**
 * Electoral Calculus Strong Transition Model (October 2007), following
 * https://electoralcalculus.co.uk/blogs/strongmodel.html (checked against the public R implementation
 * headed "Strong Transition Model Linear Strength"). In each seat a party's vote up to 20% of turnout is
 * weak support and the rest strong. A declining party loses weak supporters first: with national weak
 * and strong totals W and S, if P ≥ S strong loyalty is 1 and weak loyalty (P − S)/W; otherwise weak
 * loyalty is 0 and strong loyalty P/S. Each seat loses (1 − weak loyalty) × weak share + (1 − strong
 * loyalty) × strong share; the released votes go to gaining parties as in the Transition Model. Strong
 * seats therefore fall roughly additively and weak seats multiplicatively; shares stay within 0–1.
 */
export const strongTransitionModel: SwingModel = {
  name: 'stm',
  prepare(area, target) {
    const parties = target.length;
    const weakKeep = new Float64Array(parties).fill(1);
    const strongKeep = new Float64Array(parties).fill(1);
    for (let j = 0; j < parties; j++) {
      const goal = target[j] ?? 0;
      const before = area.shares[j] ?? 0;
      if (goal >= before) continue;
      const weak = area.weak[j] ?? 0;
      const strong = area.strong[j] ?? 0;
      if (goal >= strong) {
        weakKeep[j] = weak > 0 ? (goal - strong) / weak : 1;
      } else {
        weakKeep[j] = 0;
        strongKeep[j] = strong > 0 ? goal / strong : 0;
      }
    }
    const gains = gainFractions(area.shares, target);
    return (base, offset, out, outOffset) => {
      let released = 0;
      for (let j = 0; j < parties; j++) {
        const current = base[offset + j] ?? 0;
        const weak = Math.min(current, STRONG_THRESHOLD);
        const kept = weak * (weakKeep[j] ?? 1) + (current - weak) * (strongKeep[j] ?? 1);
        released += current - kept;
        out[outOffset + j] = kept;
      }
      for (let j = 0; j < parties; j++)
        out[outOffset + j] = (out[outOffset + j] ?? 0) + released * (gains[j] ?? 0);
    };
  },
};
