import { createInterface } from 'node:readline/promises';
import { migrateToLatest, openDatabase } from '@caucus/db';
import { DemoResetRefusedError, loadConfig, resetDemoParty } from '@caucus/server';
import { CliError, emit, type OutputOptions } from '../output';

/** Options of `caucus demo reset`. */
export interface DemoResetOptions extends OutputOptions {
  yes?: boolean;
}

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

/** Deletes the demo party and seeds a fresh one (refuses if the membership is not the demo's). */
export async function demoResetCommand(options: DemoResetOptions): Promise<void> {
  if (!options.yes) {
    if (!process.stdin.isTTY || options.json) {
      throw new CliError('caucus demo reset deletes the demo party and its accounts; add --yes to confirm.');
    }
    if (
      !(await confirm(
        'Delete the demo party (members, officers, rolls, demo accounts) and create it afresh? [y/N] ',
      ))
    ) {
      throw new CliError('Nothing was changed.');
    }
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    const demo = await resetDemoParty(database, config.rootDir).catch((error: unknown) => {
      if (error instanceof DemoResetRefusedError) throw new CliError(error.message);
      throw error;
    });
    emit(demo, options, (result) =>
      [
        `Created a fresh demo party with ${result.members.toLocaleString('en-GB')} members.`,
        `Demo sign-ins (password: ${result.password}):`,
        ...result.signIns.map((signIn) => `  ${signIn.email.padEnd(38)} ${signIn.description}`),
      ].join('\n'),
    );
  } finally {
    await database.close();
  }
}
