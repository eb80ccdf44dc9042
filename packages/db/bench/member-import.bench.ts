// Membership import at scale: 100,000 rows parsed, planned and applied all-or-nothing (members and one audit entry
// each) in one transaction, on PGlite and on PostgreSQL at 127.0.0.1:5432 (a throwaway database, dropped after).
// Run: npx tsx packages/db/bench/member-import.bench.ts [rows]
import { randomUUID } from 'node:crypto';
import { generateDemoParty } from '@caucus/demo';
import { buildUnitTree } from '@caucus/party';
import { parseMembershipCsv, planMemberImport, writeMembershipCsv } from '@caucus/party-import';
import {
  type AuditInput,
  appendAudit,
  countMembers,
  insertAffiliates,
  insertUnits,
  upsertMembers,
} from '../src/index';
import { openTestDatabase } from '../src/testing';

const rows = Number(process.argv[2] ?? 100_000);
const constituencies = Array.from({ length: 20 }, (_, i) => ({
  gss: `E14${String(1000 + i).padStart(6, '0')}`,
  name: `Benchtown ${i}`,
}));
const party = generateDemoParty({
  seed: 'bench',
  today: '2026-01-01',
  nation: { name: 'England', gss: 'E92000001' },
  region: { name: 'North East', gss: 'E12000001' },
  constituencies,
  memberCount: rows,
});
const tree = buildUnitTree(party.units);
const csv = writeMembershipCsv(party.members, tree);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

process.stdout.write(
  `member import: ${rows.toLocaleString('en-GB')} rows, ${(csv.length / 1e6).toFixed(1)} MB CSV\n`,
);
let started = performance.now();
const parsed = parseMembershipCsv(csv, { tree, tradeUnions: party.tradeUnions });
const plan = planMemberImport(parsed, [], {
  asOf: '2026-01-01',
  tree,
  openRolls: [],
  scopeUnitId: tree.root.id,
  revealGroups: [],
  newMemberId: () => randomUUID(),
});
process.stdout.write(
  `  parse + plan (pure):           ${seconds(started)} s  (${plan.creates.length} creates, ${plan.errors.length} errors)\n`,
);
const members = plan.creates.map((create) => create.member);
const audit: AuditInput[] = members.map((member) => ({
  actorUserId: null,
  action: 'member.import',
  unitId: member.branchId,
  subjectType: 'member',
  subjectId: member.id,
  subjectBranchId: member.branchId,
  before: null,
  after: { membershipNumber: member.membershipNumber },
}));

for (const engine of ['pglite', 'postgres'] as const) {
  const database = await openTestDatabase(engine);
  try {
    await insertUnits(database.db, party.units);
    await insertAffiliates(database.db, party.affiliates);
    started = performance.now();
    await database.db.transaction().execute(async (trx) => {
      await upsertMembers(trx, members);
      await appendAudit(trx, audit);
    });
    const insertTime = seconds(started);
    started = performance.now();
    await database.db.transaction().execute((trx) => upsertMembers(trx, members));
    const updateTime = seconds(started);
    const stored = await countMembers(database.db);
    process.stdout.write(
      `  ${engine.padEnd(9)} apply (insert + audit): ${insertTime} s; re-apply (update): ${updateTime} s; stored ${stored}\n`,
    );
  } finally {
    await database.close();
  }
}
