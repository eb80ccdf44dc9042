import { z } from 'zod';
import { type IsoDate, isoDateSchema } from '../dates/calendar-date';
import type { Unit } from '../units/unit';

/** What holding an office lets someone do: secretaries administer the unit's membership, other officers see less. */
export type OfficeAuthority = 'secretary' | 'officer';

/** An office a rule book provides for a kind of unit, e.g. a CLP's women's officer. */
export interface OfficeDefinition {
  /** Stable key, e.g. `womens_officer`. */
  readonly key: string;
  /** Title shown to users, e.g. "Women's officer". */
  readonly title: string;
  readonly authority: OfficeAuthority;
}

/** An office in one unit, e.g. the secretary of Hartlepool CLP. */
export interface Office {
  readonly id: string;
  readonly unitId: string;
  readonly key: string;
  readonly title: string;
  readonly authority: OfficeAuthority;
}

/** A member's term in an office; `to` is the last day of the term (inclusive), null while it runs on. */
export interface OfficeHolder {
  readonly id: string;
  readonly officeId: string;
  readonly memberId: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** Zod schema for an `Office`. */
export const officeSchema: z.ZodType<Office> = z.object({
  id: z.string().min(1),
  unitId: z.string().min(1),
  key: z.string().min(1),
  title: z.string().trim().min(1),
  authority: z.enum(['secretary', 'officer']),
});

/** Zod schema for an `OfficeHolder`; a term cannot end before it starts. */
export const officeHolderSchema: z.ZodType<OfficeHolder> = z
  .object({
    id: z.string().min(1),
    officeId: z.string().min(1),
    memberId: z.string().min(1),
    from: isoDateSchema,
    to: isoDateSchema.nullable(),
  })
  .refine((holder) => holder.to === null || holder.from <= holder.to, {
    message: 'a term cannot end before it starts',
    path: ['to'],
  });

/** The offices a unit has under the given definitions, with ids `<unitId>/<key>`. */
export function officesForUnit(unit: Unit, definitions: readonly OfficeDefinition[]): Office[] {
  return definitions.map((definition) => ({
    id: `${unit.id}/${definition.key}`,
    unitId: unit.id,
    key: definition.key,
    title: definition.title,
    authority: definition.authority,
  }));
}

/** Whether a term covers the given date. */
export function isTermCurrent(holder: OfficeHolder, date: IsoDate): boolean {
  return holder.from <= date && (holder.to === null || date <= holder.to);
}

/** The terms of the given offices that cover the date. */
export function officeHoldersAt(
  holders: readonly OfficeHolder[],
  officeIds: ReadonlySet<string>,
  date: IsoDate,
): OfficeHolder[] {
  return holders.filter((holder) => officeIds.has(holder.officeId) && isTermCurrent(holder, date));
}
