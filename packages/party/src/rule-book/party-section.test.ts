import { describe, expect, it } from 'vitest';
import { memberFieldGroups } from '../access/member-field-access';
import { roles } from '../access/roles';
import { InvalidTimelineError, NoEditionInForceError, UnknownEditionError } from '../errors';
import { amend } from './amend';
import { editionIds, getRuleBookEdition, ruleBookEditions } from './edition';
import { partySection } from './party-section';
import { defaultTimeline, editionInForce, parseTimeline } from './timeline';

const labour2018 = partySection.editions['labour-2018'];
const labour2021 = partySection.editions['labour-2021'];
const green = partySection.editions['green-england-wales'];

describe('the party section of the rule book', () => {
  it.each(editionIds)('%s passes the section schema', (id) => {
    const result = partySection.schema.safeParse(partySection.editions[id]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('knows every edition by id and refuses unknown ones', () => {
    expect(getRuleBookEdition('labour-2018')).toBe(ruleBookEditions['labour-2018']);
    expect(getRuleBookEdition('labour-2021').title).toBe('Labour Party rule book, 2021 onwards');
    expect(() => getRuleBookEdition('tory-1922')).toThrow(UnknownEditionError);
    expect(() => getRuleBookEdition('tory-1922')).toThrow(/known editions: labour-2018, labour-2021/);
  });

  it('encodes the 2018 → 2021 changes from the facts', () => {
    const months = (rules: typeof labour2018, rule: string) =>
      rules.eligibility[rule]?.conditions.find((condition) => condition.kind === 'continuous_membership');
    expect(months(labour2021, 'selection.vote')).toEqual({
      kind: 'continuous_membership',
      minimum: { amount: 6, unit: 'months' },
    });
    expect(months(labour2021, 'selection.stand')).toMatchObject({ minimum: { amount: 12, unit: 'months' } });
    expect(months(labour2021, 'leadership.vote')).toMatchObject({ minimum: { amount: 6, unit: 'months' } });
    expect(months(labour2018, 'leadership.vote')).toBeUndefined();
  });

  it('writes 2021 as 2018 plus amendments: everything not amended is the same value', () => {
    expect(labour2021.offices).toBe(labour2018.offices);
    expect(labour2021.memberDataAccess).toBe(labour2018.memberDataAccess);
    expect(labour2021.eligibility['selection.vote']).toBe(labour2018.eligibility['selection.vote']);
    expect(labour2021.eligibility['leadership.vote']).not.toEqual(labour2018.eligibility['leadership.vote']);
  });

  it('lets only national officers see ethnicity under Labour rules, and nobody under the example', () => {
    for (const rules of [labour2018, labour2021]) {
      expect(roles.filter((role) => rules.memberDataAccess[role].includes('ethnicity'))).toEqual([
        'national_officer',
      ]);
    }
    expect(roles.filter((role) => green.memberDataAccess[role].includes('ethnicity'))).toEqual([]);
  });

  it('gives another party its own offices and rules', () => {
    expect(green.offices.clp.map((office) => office.key)).toEqual(['coordinator', 'secretary', 'treasurer']);
    expect(Object.keys(green.eligibility)).toEqual(['leadership.vote', 'leadership.stand']);
  });

  it('flags values to verify against the current rule book', () => {
    expect(partySection.caveats['labour-2021'].map((caveat) => caveat.path)).toContain(
      'eligibility.leadership.vote',
    );
  });

  it('rejects malformed sections', () => {
    const badId = {
      ...labour2021,
      eligibility: { 'selection.vote': { ...labour2021.eligibility['selection.vote'], id: 'other' } },
    };
    expect(partySection.schema.safeParse(badId).success).toBe(false);
    const noDirectory = {
      ...labour2021,
      memberDataAccess: { ...labour2021.memberDataAccess, branch_officer: ['contact'] },
    };
    expect(partySection.schema.safeParse(noDirectory).success).toBe(false);
    expect(partySection.schema.safeParse({ ...labour2021, quorum: 0.25 }).success).toBe(false);
    expect(memberFieldGroups).toContain('ethnicity');
  });
});

describe('amend', () => {
  it('merges nested objects, replaces arrays and values, and leaves the base alone', () => {
    const base = { a: 1, nested: { b: 2, c: [1, 2] }, keep: { d: 4 } } as const;
    const amended = amend<{ a: number; nested: { b: number; c: readonly number[] }; keep: { d: number } }>(
      base,
      {
        nested: { c: [3] },
      },
    );
    expect(amended).toEqual({ a: 1, nested: { b: 2, c: [3] }, keep: { d: 4 } });
    expect(amended.keep).toBe(base.keep);
    expect(base.nested.c).toEqual([1, 2]);
  });
});

describe('the rule-book timeline', () => {
  const timeline = defaultTimeline;
  it('resolves the edition in force on a date: at, just before and just after each start', () => {
    expect(editionInForce(timeline, '2018-09-26')).toBe('labour-2018');
    expect(editionInForce(timeline, '2021-09-28')).toBe('labour-2018');
    expect(editionInForce(timeline, '2021-09-29')).toBe('labour-2021');
    expect(editionInForce(timeline, '2021-09-30')).toBe('labour-2021');
    expect(() => editionInForce(timeline, '2018-09-25')).toThrow(NoEditionInForceError);
    expect(() => editionInForce(timeline, '2018-09-25')).toThrow(/takes effect on 2018-09-26/);
    expect(() => editionInForce([], '2020-01-01')).toThrow(/has adopted none/);
  });

  it('parses stored rows into date order and refuses unknown editions and clashing dates', () => {
    expect(
      parseTimeline([
        { editionId: 'labour-2021', effectiveFrom: '2021-09-29' },
        { editionId: 'labour-2018', effectiveFrom: '2018-09-26' },
      ]),
    ).toEqual(defaultTimeline);
    expect(() => parseTimeline([{ editionId: 'labour-1900', effectiveFrom: '1900-01-01' }])).toThrow(
      InvalidTimelineError,
    );
    expect(() =>
      parseTimeline([
        { editionId: 'labour-2018', effectiveFrom: '2020-01-01' },
        { editionId: 'labour-2021', effectiveFrom: '2020-01-01' },
      ]),
    ).toThrow(/both take effect on 2020-01-01/);
  });
});
