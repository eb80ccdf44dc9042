// The `caucus` executable. `caucus count` (and --version) start without loading the rest of the
// CLI, so a count costs little more than Node itself; every other command goes through commander.
import { handleClosedOutput } from './closed-output';

handleClosedOutput();
const [command, ...rest] = process.argv.slice(2);
if (command === 'count' || (command === 'help' && rest[0] === 'count')) {
  const [{ countCommand }, { reportError }] = await Promise.all([
    import('./commands/count'),
    import('./output'),
  ]);
  try {
    await countCommand(command === 'help' ? ['--help'] : rest);
  } catch (error) {
    process.exitCode = reportError(error, { json: rest.includes('--json') });
  }
} else if (command === '--version' || command === '-V') {
  process.stdout.write(`${process.env.CAUCUS_VERSION ?? '0.1.0'}\n`);
} else {
  const { buildProgram } = await import('./program');
  await buildProgram().parseAsync(process.argv);
}
