// Benchmark: parse, validate and plan (diff) a 100,000-row membership CSV against 100,000 stored members.
// Run: npx tsx packages/party-import/bench/import.bench.ts

import { generateDemoParty } from '@caucus/demo';
import { buildUnitTree, type Member } from '@caucus/party';
import { Bench } from 'tinybench';
import { parseMembershipCsv, planMemberImport, writeMembershipCsv } from '../src/index';

const ROWS = 100_000;
const CHANGED_EVERY = 20;
const NEW_EVERY = 50;

// Real 2024 North East constituencies.
const party = generateDemoParty({
  seed: 'import-benchmark',
  today: '2026-09-01',
  nation: { name: 'England', gss: 'E92000001' },
  region: { name: 'North East', gss: 'E12000001' },
  constituencies: [
    { gss: 'E14001101', name: 'Bishop Auckland' },
    { gss: 'E14001106', name: 'Blaydon and Consett' },
    { gss: 'E14001107', name: 'Blyth and Ashington' },
    { gss: 'E14001173', name: 'City of Durham' },
    { gss: 'E14001272', name: 'Hartlepool' },
    { gss: 'E14001518', name: 'Stockton North' },
  ],
  memberCount: ROWS,
});
const tree = buildUnitTree(party.units);

// The file has every member; the store lacks every NEW_EVERY-th and has stale data for every CHANGED_EVERY-th.
const csv = writeMembershipCsv(party.members, tree);
const stored: Member[] = party.members
  .filter((_, index) => index % NEW_EVERY !== 0)
  .map((member, index) =>
    index % CHANGED_EVERY === 0 ? { ...member, paidUpTo: '2020-01-01', email: 'stale@example.org' } : member,
  );

const context = { tree, tradeUnions: party.tradeUnions };
const planOptions = {
  asOf: '2026-09-01',
  tree,
  openRolls: [],
  scopeUnitId: tree.root.id,
  revealGroups: ['directory', 'membership', 'contact', 'profile'] as const,
  newMemberId: (membershipNumber: string) => `new-${membershipNumber}`,
};

const started = performance.now();
const parsed = parseMembershipCsv(csv, context);
const parsedAt = performance.now();
const plan = planMemberImport(parsed, stored, planOptions);
const plannedAt = performance.now();
console.log(
  `${ROWS.toLocaleString('en-GB')} rows (${(csv.length / 1e6).toFixed(1)} MB): ` +
    `parse + validate ${(parsedAt - started).toFixed(0)} ms, plan ${(plannedAt - parsedAt).toFixed(0)} ms, ` +
    `total ${(plannedAt - started).toFixed(0)} ms`,
);
console.log(
  `plan: ${plan.creates.length} creates, ${plan.updates.length} updates, ${plan.unchanged.length} unchanged, ` +
    `${plan.errors.length} errors`,
);

const bench = new Bench({
  name: 'membership import (pure part)',
  iterations: 5,
  time: 0,
  warmupIterations: 1,
});
bench.add(`parse + validate + plan ${ROWS.toLocaleString('en-GB')} rows`, () => {
  planMemberImport(parseMembershipCsv(csv, context), stored, planOptions);
});
await bench.run();
console.table(bench.table());
