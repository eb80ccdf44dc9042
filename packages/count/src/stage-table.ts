/**
 * Plain-text result sheet for the CLI: a heading, one line per stage saying what it did, a
 * table of every candidate's total at each stage (split into blocks of stages to fit the
 * width), the winners in order and every tie with how it was broken.
 */
import { formatFixed } from './fixed-point';
import type { CountResultJson, MethodName, StageActionJson, StageJson } from './result';

/** Options for renderStageTable. */
export interface StageTableOptions {
  /** Maximum line width in characters (default 120). */
  readonly width?: number;
}

const METHOD_NAMES: Record<MethodName, string> = {
  fptp: 'First past the post',
  block: 'Block vote',
  referendum: 'Referendum',
  av: 'Alternative vote',
  scottish: 'Scottish STV',
  ers97: 'ERS97 STV',
  meek: 'Meek STV (PR Foundation reference rule)',
  'meek-droop': 'Meek STV (Droop and stv-rs fixed-point rule)',
};

/** Renders a count result as a readable stage-by-stage text table. */
export function renderStageTable(result: CountResultJson, options: StageTableOptions = {}): string {
  const width = options.width ?? 120;
  const lines: string[] = [result.title ?? 'Count', ''];
  const facts = [
    `Method: ${METHOD_NAMES[result.method]}`,
    `Seats: ${result.seats}`,
    ...(result.quota === null ? [] : [`Quota: ${result.quota}`]),
    `Valid papers: ${result.ballots.valid}`,
    `Invalid: ${result.ballots.invalid}`,
  ];
  lines.push(facts.join('   '));
  const irregular = [
    ['equal rankings', result.ballots.equalRanking],
    ['skipped ranks', result.ballots.skippedRank],
    ['repeated candidates', result.ballots.repeatedCandidate],
    ['withdrawn preferences', result.ballots.withdrawnPreference],
    ['empty', result.ballots.empty],
  ].filter(([, count]) => count !== 0);
  if (irregular.length > 0)
    lines.push(`Papers with ${irregular.map(([label, n]) => `${label}: ${n}`).join(', ')}`);
  if (result.withdrawn.length > 0) lines.push(`Withdrawn: ${result.withdrawn.join(', ')}`);
  lines.push(...describeTieProcedure(result));
  lines.push(...describeNotes(result));
  lines.push('');
  for (const stage of result.stages) lines.push(describeStage(stage));
  lines.push('', ...renderTotals(result, width), '');
  lines.push(`Elected: ${result.elected.map((name, i) => `${i + 1}. ${name}`).join('  ')}`);
  if (result.referendum) {
    const { passed, yes, no, abstain, threshold } = result.referendum;
    const rule = `${threshold.inclusive ? 'at least' : 'more than'} ${threshold.numerator}/${threshold.denominator}`;
    lines.push(
      `${passed ? 'Passed' : 'Not passed'}: yes ${yes}, no ${no}, abstain ${abstain} (needs ${rule} of yes + no)`,
    );
  }
  if (result.ties.length > 0) {
    lines.push('', 'Ties:');
    for (const tie of result.ties) {
      const outcome =
        tie.by === 'unresolved'
          ? 'not separated, none elected at this stage'
          : `by ${{ history: 'earlier totals', lot: 'lot', 'tie-order': 'the tie order' }[tie.by]}`;
      lines.push(
        `  stage ${tie.stage}, ${tie.what}: ${tie.candidates.join(', ')}; ${outcome}${tie.chosen.length > 0 ? ` → ${tie.chosen.join(', ')}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The tie procedure, named for its source, and the tie order when one was fixed before the count. */
function describeTieProcedure(result: CountResultJson): string[] {
  const { tieProcedure, seed } = result;
  const lines = [`Ties: ${tieProcedure.source}.`];
  const { order } = tieProcedure;
  if (order) {
    const from = {
      blt: 'from the file’s [tie] line',
      option: 'as given',
      'ballot-paper': 'the ballot-paper order',
      draw: `drawn before stage 1 with seed “${seed}”`,
    }[order.from];
    lines.push(`Tie order (${from}): ${order.candidates.join(', ')}`);
  } else if (tieProcedure.final === 'lot') {
    lines.push(`Lots are drawn with seed “${seed}”.`);
  }
  return lines;
}

const ISSUES = {
  'equal-ranking': 'equal ranking',
  'skipped-rank': 'skipped rank',
  'repeated-candidate': 'repeated candidate',
};
const EFFECTS = {
  stopped: 'the paper stops there',
  invalid: 'the paper is invalid',
  'passed-over': 'that preference is passed over',
  ignored: 'the repeat is ignored',
  shared: 'the weight is shared',
};
const NOTES_SHOWN = 20;

/** The irregular ballot lines, one line each (the first few). */
function describeNotes(result: CountResultJson): string[] {
  const { notes, notesOmitted } = result.ballots;
  if (notes.length === 0) return [];
  const lines = ['Irregular ballot lines:'];
  for (const note of notes.slice(0, NOTES_SHOWN)) {
    const where = note.line === undefined ? `ballot ${note.ballot}` : `line ${note.line}`;
    const papers = note.papers === 1 ? '1 paper' : `${note.papers} papers`;
    lines.push(
      `  ${where} (${papers}): ${ISSUES[note.issue]} at preference ${note.rank}; ${EFFECTS[note.effect]}`,
    );
  }
  const more = notes.length - NOTES_SHOWN + notesOmitted;
  if (more > 0) lines.push(`  … and ${more} more (see --json)`);
  return lines;
}

function describeStage(stage: StageJson): string {
  const parts = [`Stage ${stage.stage}: ${describeAction(stage.action)}.`];
  if (stage.elected.length > 0) parts.push(`Elected: ${stage.elected.join(', ')}.`);
  const { action } = stage;
  const formally = stage.excluded.filter(
    (name) => action.type !== 'exclusion' || !action.candidates.includes(name),
  );
  if (formally.length > 0) parts.push(`Excluded: ${formally.join(', ')}.`);
  return parts.join(' ');
}

function describeAction(action: StageActionJson): string {
  switch (action.type) {
    case 'first':
      return 'first preferences';
    case 'surplus':
      return `surplus of ${action.candidate} transferred`;
    case 'exclusion': {
      const why = action.reason === 'doomed' ? ' (cannot be elected under the constraints)' : '';
      return `${action.candidates.join(', ')} excluded${why}`;
    }
    case 'iteration':
      return `surpluses distributed (${action.iterations} iterations, ${action.outcome})`;
  }
}

function renderTotals(result: CountResultJson, width: number): string[] {
  const { stages, candidates } = result;
  const rows = [...candidates, 'Non-transferable', 'Total'];
  const nameWidth = Math.max(...rows.map((row) => row.length));
  const cells = stages.map((stage) => {
    const marks = (name: string): string =>
      stage.elected.includes(name) ? ' *' : stage.excluded.includes(name) ? ' x' : '  ';
    const values = candidates.map((name) => `${stage.totals[name] ?? ''}${marks(name)}`);
    const nonTransferable = stage.nonTransferable;
    const total = sumDecimals([...Object.values(stage.totals), nonTransferable], result.decimals);
    return [...values, `${nonTransferable}  `, `${total}  `];
  });
  const cellWidth = Math.max(...cells.flat().map((cell) => cell.length), 'Stage 99  '.length);
  const perBlock = Math.max(1, Math.floor((width - nameWidth) / (cellWidth + 1)));
  const lines: string[] = [];
  for (let first = 0; first < stages.length; first += perBlock) {
    const block = stages.slice(first, first + perBlock);
    const header = block.map((stage) => `Stage ${stage.stage}  `.padStart(cellWidth)).join(' ');
    lines.push(`${''.padEnd(nameWidth)} ${header}`);
    rows.forEach((row, r) => {
      const values = block.map((_, s) => (cells[first + s]?.[r] ?? '').padStart(cellWidth)).join(' ');
      lines.push(`${row.padEnd(nameWidth)} ${values}`);
    });
    lines.push('');
  }
  lines.push('* elected at this stage   x excluded at this stage');
  return lines;
}

function sumDecimals(values: readonly string[], decimals: number): string {
  let sum = 0n;
  for (const value of values) sum += BigInt(value.replace('.', ''));
  return formatFixed(sum, decimals);
}
