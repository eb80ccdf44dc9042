import { normalisePartyAbbreviation } from './parties';
import type { ResultSummary } from './types';

const HOLD = /^(.+?)\s+hold$/i;
const GAIN = /^(.+?)\s+gain\s+from\s+(.+)$/i;

/**
 * Parses a result summary such as "Lab hold", "Con gain from Lab Coop" or "RUK Hold" (any case);
 * party spellings are normalised ("Lab Coop" → Lab). Returns undefined for any other form.
 */
export function parseResultSummary(text: string): ResultSummary | undefined {
  const trimmed = text.trim();
  const gain = GAIN.exec(trimmed);
  if (gain) {
    return {
      winner: normalisePartyAbbreviation(gain[1] ?? ''),
      outcome: 'gain',
      gainedFrom: normalisePartyAbbreviation(gain[2] ?? ''),
    };
  }
  const hold = HOLD.exec(trimmed);
  return hold
    ? { winner: normalisePartyAbbreviation(hold[1] ?? ''), outcome: 'hold', gainedFrom: null }
    : undefined;
}
