import { describe, expect, it } from 'vitest';
import { labour2021RuleBook, makeMember } from '../testing/test-fixtures';
import type { Member } from './member';
import { isYoungMemberAt } from './young-members';

// Sound: the Labour editions define Young Labour.
const youngLabour = labour2021RuleBook.party.youngMembers ?? { name: 'none', maximumAgeExclusive: 0 };

describe('isYoungMemberAt', () => {
  it('uses the date of birth: under 27 until the 27th birthday', () => {
    const member = makeMember({ dateOfBirth: '1997-08-01' });
    expect(isYoungMemberAt(member, '2024-07-31', youngLabour)).toBe(true);
    expect(isYoungMemberAt(member, '2024-08-01', youngLabour)).toBe(false);
  });

  it('falls back to the age band, and says when it cannot tell', () => {
    const withBand = (ageBand: Member['ageBand']) => makeMember({ dateOfBirth: null, ageBand });
    expect(isYoungMemberAt(withBand('18_to_26'), '2024-08-01', youngLabour)).toBe(true);
    expect(isYoungMemberAt(withBand('27_to_34'), '2024-08-01', youngLabour)).toBe(false);
    expect(
      isYoungMemberAt(withBand('18_to_26'), '2024-08-01', { ...youngLabour, maximumAgeExclusive: 25 }),
    ).toBeNull();
    expect(isYoungMemberAt(withBand(null), '2024-08-01', youngLabour)).toBeNull();
  });
});
