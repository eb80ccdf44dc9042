import { z } from 'zod';

// Royal Mail format rules (spaces removed): outward code A9, A99, AA9, AA99, A9A or AA9A, then inward code 9AA.
// Q, V and X never start a postcode; I, J and Z never come second; the inward letters never use C, I, K, M, O or V.
const POSTCODE =
  /^(?:GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** Normalises a UK postcode to upper case with one space before the inward code ("sw1a1aa" → "SW1A 1AA"), or null if invalid. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (!POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** Zod schema accepting a UK postcode in any spacing or case and outputting its normalised form. */
export const postcodeSchema = z.string().transform((value, ctx) => {
  const normalised = normalisePostcode(value);
  if (normalised === null) {
    ctx.addIssue({ code: 'custom', message: 'expected a UK postcode such as "SW1A 1AA"' });
    return z.NEVER;
  }
  return normalised;
});
