// The `caucus` executable: parses the command line and runs the chosen command.
import { buildProgram } from './program';

await buildProgram().parseAsync(process.argv);
