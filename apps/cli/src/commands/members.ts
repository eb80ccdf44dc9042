import { readFile } from 'node:fs/promises';
import { migrateToLatest, openDatabase } from '@caucus/db';
import { memberFieldGroups } from '@caucus/party';
import {
  applyMembershipImport,
  loadConfig,
  loadPartyContext,
  planMembershipImport,
  presentImportPlan,
} from '@caucus/server';
import { CliError, emit, type OutputOptions } from '../output';
import { createProgress } from '../progress';

/** Options of `caucus members import`. */
export interface MembersImportOptions extends OutputOptions {
  unit: string;
  dryRun?: boolean;
}

const SHOWN_ISSUES = 50;

/** Imports a membership CSV into a unit: prints the plan, and applies it all-or-nothing unless --dry-run. */
export async function membersImportCommand(file: string, options: MembersImportOptions): Promise<void> {
  let csv: string;
  try {
    csv = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    const context = await loadPartyContext(database).catch((error: unknown) => {
      throw new CliError(error instanceof Error ? error.message : String(error));
    });
    if (!context.tree.byId.has(options.unit)) {
      throw new CliError(
        `There is no unit "${options.unit}". Give a unit id such as ${context.tree.root.id}.`,
      );
    }
    const progress = createProgress('Importing', options);
    progress.update(0, 2, 'reading and checking the file');
    const plan = await planMembershipImport(database, context, {
      csv,
      unitId: options.unit,
      revealGroups: memberFieldGroups,
    });
    progress.update(1, 2, 'planned');
    const applied =
      options.dryRun || plan.hasErrors
        ? null
        : await applyMembershipImport(database, plan, {
            actorUserId: null,
            unitId: options.unit,
            onProgress: (done, total) => progress.update(done, total, 'writing members'),
          });
    progress.stop();
    const result = presentImportPlan(plan, context, applied);
    emit(result, options, (r) => {
      const issues = [...r.errors, ...r.warnings].slice(0, SHOWN_ISSUES).map((issue) => {
        const where =
          issue.column === null ? `line ${issue.line}` : `line ${issue.line}, column ${issue.column}`;
        return `  ${issue.severity} ${where}: ${issue.message} (${issue.fix})`;
      });
      const more = r.errors.length + r.warnings.length - issues.length;
      const outcome = r.applied
        ? 'Imported.'
        : r.hasErrors
          ? 'Nothing was imported: fix the errors and import the whole file again.'
          : 'Dry run: nothing was changed. Run again without --dry-run to import.';
      return [
        `${file} → ${context.tree.byId.get(options.unit)?.name ?? options.unit}`,
        `  new members:   ${r.counts.creates}`,
        `  updated:       ${r.counts.updates}`,
        `  unchanged:     ${r.counts.unchanged}`,
        `  not in file:   ${r.counts.notInFile} (kept)`,
        `  errors:        ${r.counts.errors}`,
        `  warnings:      ${r.counts.warnings}`,
        ...issues,
        ...(more > 0 ? [`  … and ${more} more`] : []),
        outcome,
      ].join('\n');
    });
    if (plan.hasErrors) process.exitCode = 1;
  } finally {
    await database.close();
  }
}
