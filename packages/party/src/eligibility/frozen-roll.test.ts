import { describe, expect, it } from 'vitest';
import { checkBranchMove } from '../members/branch-move-check';
import type { Member } from '../members/member';
import { changeMemberStatus } from '../members/member-changes';
import { fixtureTree, labour2021RuleBook, makeMember } from '../testing/test-fixtures';
import { freezeRoll, type Roll, rollStandingOf } from './frozen-roll';

const spec = {
  id: 'roll-1',
  title: 'Hartlepool parliamentary selection',
  unitId: 'hartlepool',
  ruleId: 'selection.vote',
  frozenAt: '2024-08-01',
};
const longStanding = makeMember({ id: 'long', joinedOn: '2019-01-01' });
const newcomer = makeMember({ id: 'new', joinedOn: '2024-03-01' });
const elsewhere = makeMember({ id: 'far', branchId: 'pemberton' });
const context = { ruleBook: labour2021RuleBook, tree: fixtureTree };

describe('freezeRoll', () => {
  const roll = freezeRoll(spec, [longStanding, newcomer, elsewhere], context);

  it('records each member’s eligibility with reasons at the freeze date', () => {
    expect(roll).toMatchObject({
      id: 'roll-1',
      editionId: 'labour-2021',
      frozenAt: '2024-08-01',
      state: 'open',
    });
    expect(roll.entries.map((entry) => [entry.memberId, entry.eligible])).toEqual([
      ['long', true],
      ['new', false],
      ['far', false],
    ]);
    expect(roll.entries[2]?.reasons[0]?.message).toBe(
      'in Pemberton branch at freeze date 2024-08-01, outside Hartlepool CLP',
    );
  });

  it('is a snapshot: later edits to the member records do not change it', () => {
    const editable: { -readonly [K in keyof Member]: Member[K] } = structuredClone(longStanding);
    const snapshot = freezeRoll(spec, [editable], context);
    const before = JSON.stringify(snapshot);
    editable.paidUpTo = null;
    editable.branchId = 'pemberton';
    editable.statusHistory = changeMemberStatus(longStanding, 'expelled', '2024-08-02', null).statusHistory;
    expect(JSON.stringify(snapshot)).toBe(before);
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.entries)).toBe(true);
    expect(Object.isFrozen(snapshot.entries[0])).toBe(true);
  });

  it('answers "can I vote, and if not, why?"', () => {
    expect(rollStandingOf(roll, 'long')).toMatchObject({
      onRoll: true,
      eligible: true,
      summary: 'eligible for Hartlepool parliamentary selection (roll frozen at 2024-08-01)',
    });
    expect(rollStandingOf(roll, 'new').summary).toBe(
      "not eligible for Hartlepool parliamentary selection (roll frozen at 2024-08-01): joined 2024-03-01: 5 months' continuous membership at freeze date 2024-08-01, 6 needed (qualifies on 2024-09-01)",
    );
    expect(rollStandingOf(roll, 'nobody')).toMatchObject({ onRoll: false, eligible: false, reasons: [] });
  });
});

describe('checkBranchMove', () => {
  const open = freezeRoll(spec, [longStanding, newcomer], context);
  const branchRoll = freezeRoll(
    { ...spec, id: 'roll-2', title: 'Burn Valley AGM', unitId: 'burn-valley' },
    [longStanding],
    context,
  );
  const closed: Roll = { ...open, id: 'roll-3', state: 'closed' };

  it('blocks an eligible voter from leaving the unit of an open roll, explaining why', () => {
    const check = checkBranchMove(longStanding, 'billingham', [open], fixtureTree);
    expect(check.allowed).toBe(false);
    expect(check.blockingRollIds).toEqual(['roll-1']);
    expect(check.explanation).toBe(
      'cannot move to Billingham branch while the member is an eligible voter on the open roll for "Hartlepool parliamentary selection" in Hartlepool CLP (frozen at 2024-08-01); the move can be made once the roll closes',
    );
  });

  it('allows moves inside the roll’s unit, off closed rolls, and for members not eligible on it', () => {
    expect(checkBranchMove(longStanding, 'headland', [open], fixtureTree).allowed).toBe(true);
    expect(checkBranchMove(longStanding, 'billingham', [closed], fixtureTree).allowed).toBe(true);
    expect(checkBranchMove(newcomer, 'billingham', [open], fixtureTree).allowed).toBe(true);
    expect(checkBranchMove(elsewhere, 'billingham', [open], fixtureTree).allowed).toBe(true);
  });

  it('lists every blocking roll', () => {
    const check = checkBranchMove(longStanding, 'billingham', [open, branchRoll], fixtureTree);
    expect(check.blockingRollIds).toEqual(['roll-1', 'roll-2']);
    expect(
      checkBranchMove(longStanding, 'headland', [open, branchRoll], fixtureTree).blockingRollIds,
    ).toEqual(['roll-2']);
  });

  it('refuses a target that is not another branch', () => {
    expect(checkBranchMove(longStanding, 'hartlepool', [], fixtureTree)).toMatchObject({
      allowed: false,
      explanation: 'Hartlepool CLP is a CLP, not a branch',
    });
    expect(checkBranchMove(longStanding, 'burn-valley', [], fixtureTree).allowed).toBe(false);
  });
});
