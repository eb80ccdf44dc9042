// Conversions from CSV cell text to values. Each returns undefined when the text is not of the expected form.
import type { ConstituencyType, Gender, Nation } from './types';

const COUNT = /^\d+$/;
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DAY_MONTH_YEAR = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECLARATION_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;

/** A non-negative whole number, e.g. a vote count. */
export function parseCount(text: string): number | undefined {
  return COUNT.test(text) ? Number(text) : undefined;
}

/** A decimal number, optionally signed or in exponent form ("2.33068E-05"). */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** A date written dd/mm/yyyy (as in the Commons Library files) or yyyy-mm-dd, returned as yyyy-mm-dd. */
export function parseDate(text: string): string | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoDate(dmy[3] ?? '', dmy[2] ?? '', dmy[1] ?? '');
  const ymd = ISO_DATE.exec(text);
  return ymd ? isoDate(ymd[1] ?? '', ymd[2] ?? '', ymd[3] ?? '') : undefined;
}

/** A declaration time "dd/mm/yyyy hh:mm", returned as "yyyy-mm-ddThh:mm". */
export function parseDeclarationTime(text: string): string | undefined {
  const match = DECLARATION_TIME.exec(text);
  if (!match) return undefined;
  const date = isoDate(match[3] ?? '', match[2] ?? '', match[1] ?? '');
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  return date === undefined || hours > 23 || minutes > 59 ? undefined : `${date}T${match[4]}:${match[5]}`;
}

const GENDERS: Readonly<Record<string, Gender>> = {
  m: 'male',
  male: 'male',
  f: 'female',
  female: 'female',
  'non-binary': 'non-binary',
  '?': 'unknown',
};

/** A gender code: M/F (2010–2017), Male/Female/Non-binary (2019 on), "?" for not recorded. */
export function parseGender(text: string): Gender | undefined {
  return GENDERS[text.toLowerCase()];
}

/** "Yes"/"No" (any case) as a boolean; blank means not recorded (null). */
export function parseYesNo(text: string): boolean | null | undefined {
  if (text === '') return null;
  const lower = text.toLowerCase();
  if (lower === 'yes') return true;
  if (lower === 'no') return false;
  return undefined;
}

/** "true"/"false" as a boolean. */
export function parseBoolean(text: string): boolean | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return undefined;
}

const NATIONS: readonly Nation[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** A "Country name" cell. */
export function parseNation(text: string): Nation | undefined {
  return NATIONS.find((nation) => nation === text);
}

const CONSTITUENCY_TYPES: readonly ConstituencyType[] = ['County', 'Borough', 'Burgh'];

/** A "Constituency type" cell. */
export function parseConstituencyType(text: string): ConstituencyType | undefined {
  return CONSTITUENCY_TYPES.find((type) => type === text);
}
