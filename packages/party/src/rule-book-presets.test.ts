import { describe, expect, it } from 'vitest';
import { UnknownPresetError } from './errors';
import { memberFieldGroups } from './member-field-access';
import { roles } from './roles';
import { ruleBookPresetSchema } from './rule-book-preset-schema';
import { greenEnglandWales } from './rule-book-presets/green-england-wales';
import { labour2018 } from './rule-book-presets/labour-2018';
import { labour2021 } from './rule-book-presets/labour-2021';
import { defaultRuleBookPreset, getRuleBookPreset, ruleBookPresets } from './rule-book-presets/registry';

describe('rule-book presets', () => {
  it.each(Object.values(ruleBookPresets))('$id passes the preset schema', (preset) => {
    const result = ruleBookPresetSchema.safeParse(preset);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('registers presets by id and defaults to Labour 2021', () => {
    expect(getRuleBookPreset('labour-2018')).toBe(labour2018);
    expect(defaultRuleBookPreset).toBe(labour2021);
    expect(() => getRuleBookPreset('tory-1922')).toThrow(UnknownPresetError);
  });

  it('encodes the 2018 → 2021 changes from the facts', () => {
    expect(labour2018.triggerBallot).toMatchObject({
      branchThreshold: 1 / 3,
      affiliateThreshold: 1 / 3,
      combine: 'either',
    });
    expect(labour2021.triggerBallot).toMatchObject({
      branchThreshold: 0.5,
      affiliateThreshold: 0.5,
      combine: 'either',
    });
    expect(labour2018.leadership.vacancy.parliamentaryFraction).toBe(0.1);
    expect(labour2021.leadership.vacancy.parliamentaryFraction).toBe(0.2);
    expect(labour2018.leadership.registeredSupporters).toBe(true);
    expect(labour2021.leadership.registeredSupporters).toBe(false);
    expect(labour2018.nec?.method).toBe('bloc');
    expect(labour2021.nec).toEqual({ clpSeats: 9, method: 'stv_droop', minWomen: 4, termYears: 2 });
    expect(labour2018.conference?.clpRuleChangeDelayYears).toBe(0);
    expect(labour2021.conference?.clpRuleChangeDelayYears).toBe(1);
    expect(labour2021.meetings.quorumFraction).toBe(0.25);
    expect(labour2021.conference?.delegates).toMatchObject({ firstDelegateMembers: 749, maxDelegates: 6 });
    const months = (preset: typeof labour2018, rule: string) =>
      preset.eligibility[rule]?.conditions.find((condition) => condition.kind === 'continuous_membership');
    expect(months(labour2021, 'selection.vote')).toEqual({
      kind: 'continuous_membership',
      minimum: { amount: 6, unit: 'months' },
    });
    expect(months(labour2021, 'selection.stand')).toMatchObject({ minimum: { amount: 12, unit: 'months' } });
    expect(months(labour2021, 'leadership.vote')).toMatchObject({ minimum: { amount: 6, unit: 'months' } });
    expect(months(labour2018, 'leadership.vote')).toBeUndefined();
  });

  it('lets only national officers see ethnicity under Labour rules, and nobody under the example', () => {
    for (const preset of [labour2018, labour2021]) {
      expect(roles.filter((role) => preset.memberDataAccess[role].includes('ethnicity'))).toEqual([
        'national_officer',
      ]);
    }
    expect(roles.filter((role) => greenEnglandWales.memberDataAccess[role].includes('ethnicity'))).toEqual(
      [],
    );
  });

  it('gives another party its own ballots and offices', () => {
    expect(greenEnglandWales.includeReopenNominations).toBe(true);
    expect(greenEnglandWales.leadership).toMatchObject({
      ballot: 'stv',
      jointTicketsAllowed: true,
      termYears: 2,
    });
    expect(greenEnglandWales.leadership.vacancy.memberNominations).toBe(20);
    expect(greenEnglandWales.triggerBallot).toBeNull();
  });

  it('flags values to verify against the current rule book', () => {
    expect(labour2021.caveats.map((caveat) => caveat.path)).toContain('meetings.quorumFraction');
    expect(labour2021.caveats.map((caveat) => caveat.path)).toContain('triggerBallot.combine');
  });

  it('rejects malformed presets', () => {
    const badId = {
      ...labour2021,
      eligibility: { 'selection.vote': { ...labour2021.eligibility['selection.vote'], id: 'other' } },
    };
    expect(ruleBookPresetSchema.safeParse(badId).success).toBe(false);
    const noDirectory = {
      ...labour2021,
      memberDataAccess: { ...labour2021.memberDataAccess, branch_officer: ['contact'] },
    };
    expect(ruleBookPresetSchema.safeParse(noDirectory).success).toBe(false);
    expect(
      ruleBookPresetSchema.safeParse({
        ...labour2021,
        triggerBallot: { ...labour2021.triggerBallot, branchThreshold: 1.5 },
      }).success,
    ).toBe(false);
    expect(memberFieldGroups).toContain('ethnicity');
  });
});
