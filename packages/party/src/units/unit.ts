import { z } from 'zod';

/** The levels of party organisation, from the national party down to the local branch. */
export const unitKinds = ['national', 'nation', 'region', 'clp', 'branch'] as const;

/** A level of party organisation (glossary: branch, CLP, region / nation, NEC's national unit). */
export type UnitKind = (typeof unitKinds)[number];

/** A party unit: the national party, a nation, a region, a CLP or a branch. */
export interface Unit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly name: string;
  /** The unit directly above; null only for the national unit. */
  readonly parentId: string | null;
  /** ONS GSS code: a 2024 Westminster constituency (E14/W07/S14/N05) for a CLP, a ward for a branch, else null. */
  readonly gss: string | null;
}

/** How each unit kind is named to users. */
export const unitKindLabels: Readonly<Record<UnitKind, string>> = {
  national: 'national party',
  nation: 'nation',
  region: 'region',
  clp: 'CLP',
  branch: 'branch',
};

/** Which unit kinds may sit directly above each kind (Scottish and Welsh CLPs may hang directly off their nation). */
export const allowedParentKinds: Readonly<Record<UnitKind, readonly UnitKind[]>> = {
  national: [],
  nation: ['national'],
  region: ['nation'],
  clp: ['region', 'nation'],
  branch: ['clp'],
};

/** GSS code of a 2024 Westminster constituency: England E14, Wales W07, Scotland S14, Northern Ireland N05. */
export const constituencyGssPattern = /^(?:E14|W07|S14|N05)\d{6}$/;

/** Any ONS GSS code: a country letter and eight digits. */
export const gssPattern = /^[ENSW]\d{8}$/;

/** Zod schema for a `Unit`; a CLP must carry a 2024 constituency GSS code. */
export const unitSchema: z.ZodType<Unit> = z
  .object({
    id: z.string().min(1),
    kind: z.enum(unitKinds),
    name: z.string().trim().min(1),
    parentId: z.string().min(1).nullable(),
    gss: z.string().regex(gssPattern, 'expected a GSS code such as E14001234').nullable(),
  })
  .refine((unit) => unit.kind !== 'clp' || (unit.gss !== null && constituencyGssPattern.test(unit.gss)), {
    message: 'a CLP needs the GSS code of its 2024 Westminster constituency (E14/W07/S14/N05)',
    path: ['gss'],
  })
  .refine((unit) => (unit.kind === 'national') === (unit.parentId === null), {
    message: 'only the national unit has no parent',
    path: ['parentId'],
  });
