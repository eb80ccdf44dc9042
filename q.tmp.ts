import { readFileSync, writeFileSync } from 'node:fs';
import { parseBlt, countElection, renderMeekTranscript } from './packages/count/src/index';
const [file, ref, method] = process.argv.slice(2) as [string, string, 'meek' | 'meek-droop'];
const e = parseBlt(readFileSync(file, 'utf8'));
const mine = renderMeekTranscript(countElection(e, { method }));
const norm = (t: string) => t.split('\n').filter((l) => !/^\t(Implementation|Droop package):/.test(l)).join('\n').trimEnd();
writeFileSync('/tmp/mine.txt', norm(mine)); writeFileSync('/tmp/ref.txt', norm(readFileSync(ref, 'utf8')));
