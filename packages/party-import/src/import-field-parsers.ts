import { type AgeBand, ageBandNames, type IsoDate, isIsoDate, type MemberStatus } from '@caucus/party';
import { z } from 'zod';

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Reads a date written `YYYY-MM-DD` or, UK style, `DD/MM/YYYY` (also with `.` or `-`); null if it is not a real date. */
export function parseImportDate(cell: string): IsoDate | null {
  if (isIsoDate(cell)) return cell;
  const match = DAY_MONTH_YEAR.exec(cell);
  if (match === null) return null;
  const candidate = `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : null;
}

const statusWords: ReadonlyMap<string, MemberStatus> = new Map([
  ['active', 'active'],
  ['current', 'active'],
  ['member', 'active'],
  ['ingoodstanding', 'active'],
  ['pending', 'pending'],
  ['new', 'pending'],
  ['provisional', 'pending'],
  ['awaitingapproval', 'pending'],
  ['suspended', 'suspended'],
  ['administrativelysuspended', 'suspended'],
  ['lapsed', 'lapsed'],
  ['expired', 'lapsed'],
  ['resigned', 'resigned'],
  ['cancelled', 'resigned'],
  ['expelled', 'expelled'],
  ['deceased', 'deceased'],
  ['died', 'deceased'],
]);

/** Reads a membership status, accepting common synonyms ("current", "expired", "new"…); null if unknown. */
export function parseImportStatus(cell: string): MemberStatus | null {
  return statusWords.get(cell.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
}

const yesWords = new Set(['yes', 'y', 'true', 't', '1']);
const noWords = new Set(['no', 'n', 'false', 'f', '0', '']);

/** Reads a yes/no cell (yes/no, y/n, true/false, 1/0; blank is no); null if it is neither. */
export function parseImportYesNo(cell: string): boolean | null {
  const word = cell.toLowerCase();
  if (yesWords.has(word)) return true;
  return noWords.has(word) ? false : null;
}

/** Reads an age band by name (`18_to_26`) or range (`18-26`, `65+`, `under 18`); null if unknown. */
export function parseImportAgeBand(cell: string): AgeBand | null {
  const compact = cell.toLowerCase().replace(/\s+/g, '');
  const named = ageBandNames.find((band) => band === compact);
  if (named !== undefined) return named;
  const spelled = compact
    .replace(/^(\d+)(?:-|to)(\d+)$/, '$1_to_$2')
    .replace(/^(\d+)\+$/, '$1_plus')
    .replace(/^under/, 'under_');
  return ageBandNames.find((band) => band === spelled) ?? null;
}

/** Normalises a phone number to digits with an optional leading + ("+44 (0)7700 900123" → "+447700900123"); null if invalid. */
export function normaliseImportPhone(cell: string): string | null {
  const compact = cell.replace(/\(0\)/g, '').replace(/[\s\-().]/g, '');
  return /^\+?[0-9]{7,15}$/.test(compact) ? compact : null;
}

const emailSchema = z.email();

/** Normalises an email address to lower case; null if it is not a valid address. */
export function normaliseImportEmail(cell: string): string | null {
  const lower = cell.toLowerCase();
  return emailSchema.safeParse(lower).success ? lower : null;
}
