import { parseBlt } from '@caucus/count';
import { type FormEvent, useMemo, useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { BallotReportList } from './ballot-report';
import { type ConstraintDraft, ConstraintsEditor } from './constraints-editor';
import { type CountRequest, METHODS, type MethodId } from './count-types';
import { describeTie } from './describe-tie';
import { draftsToConstraints } from './drafts-to-constraints';
import { PaperPilesEditor } from './paper-piles-editor';
import { type Pile, PileInputError, pilesToElection } from './piles-to-election';
import { StageChart } from './stage-chart';
import { StageTable } from './stage-table';
import { useCount } from './use-count';

const TIE_ORDER_FROM = {
  blt: 'from the file’s [tie] line',
  option: 'as given',
  'ballot-paper': 'the order on the ballot paper',
  draw: 'drawn before stage 1 with seed “{seed}”',
} as const;

/** Offers text as a file download. */
function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The count page: paste or upload a BLT file, or enter paper piles, and see the result sheet. */
export function CountPage() {
  useDocumentTitle('Count a ballot');
  const count = useCount();
  const [source, setSource] = useState<'blt' | 'piles'>('blt');
  const [method, setMethod] = useState<MethodId>('scottish');
  const [seats, setSeats] = useState('');
  const [seed, setSeed] = useState('');
  const [tieOrder, setTieOrder] = useState('');
  const [blt, setBlt] = useState('');
  const [candidates, setCandidates] = useState('');
  const [piles, setPiles] = useState<Pile[]>([{ preferences: '', count: '' }]);
  const [inputError, setInputError] = useState<string | null>(null);
  const [constraints, setConstraints] = useState<ConstraintDraft[]>([]);
  const isStv = METHODS.find((m) => m.id === method)?.stv ?? false;
  // Candidate names for the constraint editor, read in the browser from what has been entered so far.
  const candidateNames = useMemo(() => {
    if (source === 'piles') {
      return candidates
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    }
    try {
      return blt.trim() ? [...parseBlt(blt).candidates] : [];
    } catch {
      return [];
    }
  }, [source, candidates, blt]);

  const onFile = async (file: File | undefined) => {
    if (file) setBlt(await file.text());
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setInputError(null);
    const seatsNumber = seats.trim() ? Number(seats) : undefined;
    if (seatsNumber !== undefined && (!Number.isInteger(seatsNumber) || seatsNumber < 1)) {
      setInputError('Seats must be a whole number of at least 1, or left empty to use the file’s number.');
      return;
    }
    let constraintInput: ReturnType<typeof draftsToConstraints> = [];
    try {
      constraintInput = isStv ? draftsToConstraints(constraints) : [];
    } catch (error) {
      setInputError(error instanceof Error ? error.message : String(error));
      return;
    }
    const order = tieOrder
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    const request: CountRequest = {
      method,
      ...(seatsNumber ? { seats: seatsNumber } : {}),
      ...(seed ? { seed } : {}),
      ...(order.length ? { tieOrder: order } : {}),
      ...(method === 'meek' || method === 'meek-droop' ? { report: 'droop' as const } : {}),
      ...(constraintInput.length ? { constraints: constraintInput } : {}),
    };
    if (source === 'blt') {
      if (!blt.trim()) {
        setInputError('Paste a BLT file or choose one to upload.');
        return;
      }
      count.mutate({ ...request, blt });
    } else {
      try {
        count.mutate({ ...request, election: pilesToElection(candidates, piles, seatsNumber) });
      } catch (error) {
        if (error instanceof PileInputError) setInputError(error.message);
        else throw error;
      }
    }
  };

  const result = count.data;
  const countedAt = count.submittedAt ? new Date(count.submittedAt).toLocaleString('en-GB') : '';
  return (
    <>
      <h1>Count a ballot</h1>
      <p className="lede no-print">
        Count an election exactly, stage by stage, by the rules you choose. Nothing is stored: the ballots are
        counted and the result sheet shown.
      </p>
      <form className="card no-print" onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Ballots</legend>
          <label className="radio">
            <input type="radio" name="source" checked={source === 'blt'} onChange={() => setSource('blt')} />{' '}
            A BLT file
          </label>
          <label className="radio">
            <input
              type="radio"
              name="source"
              checked={source === 'piles'}
              onChange={() => setSource('piles')}
            />{' '}
            Paper ballots sorted into piles
          </label>
        </fieldset>
        {source === 'blt' ? (
          <div className="field">
            <label htmlFor="blt-text">BLT file contents</label>
            <textarea
              id="blt-text"
              rows={10}
              spellCheck={false}
              className="mono"
              value={blt}
              onChange={(e) => setBlt(e.target.value)}
            />
            <label htmlFor="blt-file">Or upload a .blt file</label>
            <input
              id="blt-file"
              type="file"
              accept=".blt,text/plain"
              onChange={(e) => onFile(e.target.files?.[0])}
            />
          </div>
        ) : (
          <PaperPilesEditor
            candidates={candidates}
            onCandidatesChange={setCandidates}
            piles={piles}
            onPilesChange={setPiles}
          />
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor="method">Counting rules</label>
            <select id="method" value={method} onChange={(e) => setMethod(e.target.value as MethodId)}>
              {METHODS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="seats">Seats</label>
            <input
              id="seats"
              inputMode="numeric"
              className="input--short"
              value={seats}
              placeholder="from file"
              onChange={(e) => setSeats(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="seed">Seed for ties by lot</label>
            <input id="seed" value={seed} placeholder="optional" onChange={(e) => setSeed(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="tie-order">Tie order fixed before the count</label>
          <input
            id="tie-order"
            value={tieOrder}
            placeholder="optional, e.g. 3, 1, 2"
            aria-describedby="tie-order-hint"
            onChange={(e) => setTieOrder(e.target.value)}
          />
          <p id="tie-order-hint" className="hint">
            Names or numbers, every candidate once, separated by commas. A tie the rules would settle by lot
            goes to the first in this order. Meek counts use the file’s order (or its [tie] line) unless you
            give one, or a seed to draw one.
          </p>
        </div>
        {isStv && (
          <ConstraintsEditor candidates={candidateNames} drafts={constraints} onChange={setConstraints} />
        )}
        {inputError && (
          <p role="alert" className="problem">
            {inputError}
          </p>
        )}
        {count.isError && <ProblemMessage error={count.error} />}
        <button type="submit" className="button" disabled={count.isPending}>
          {count.isPending ? 'Counting…' : 'Count'}
        </button>
      </form>
      {result && (
        <section aria-labelledby="result-heading" className="result-sheet">
          <h2 id="result-heading">Result{result.title ? `: ${result.title}` : ''}</h2>
          <dl className="facts">
            <dt>Method</dt>
            <dd>{METHODS.find((m) => m.id === result.method)?.label ?? result.method}</dd>
            <dt>Seats</dt>
            <dd>{result.seats}</dd>
            <dt>Valid votes</dt>
            <dd>{result.validVotes}</dd>
            <dt>Counted</dt>
            <dd>
              {countedAt} with Caucus (seed “{result.seed}” for any draw by lot)
            </dd>
            {result.quota && (
              <>
                <dt>Quota</dt>
                <dd>{result.quota}</dd>
              </>
            )}
            <dt>Elected, in order</dt>
            <dd>
              <ol className="elected-list">
                {result.elected.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ol>
            </dd>
          </dl>
          <p className="tie-procedure">
            Ties: {result.tieProcedure.source}.
            {result.tieProcedure.order && (
              <>
                {' '}
                Tie order ({TIE_ORDER_FROM[result.tieProcedure.order.from].replace('{seed}', result.seed)}):{' '}
                {result.tieProcedure.order.candidates.join(', ')}.
              </>
            )}
          </p>
          <StageTable result={result} />
          <StageChart result={result} />
          <h3>Ballot papers</h3>
          <BallotReportList report={result.ballots} />
          <h3>Ties</h3>
          {result.ties.length === 0 ? (
            <p>No ties arose.</p>
          ) : (
            <ul>
              {result.ties.map((tie) => (
                <li key={`${tie.stage}-${tie.what}-${tie.candidates.join()}`}>{describeTie(tie)}</li>
              ))}
            </ul>
          )}
          <div className="button-row no-print">
            <button type="button" className="button--secondary" onClick={() => window.print()}>
              Print result sheet
            </button>
            {result.droopReport !== undefined && (
              <button
                type="button"
                className="button--secondary"
                onClick={() =>
                  downloadText(result.droopReport ?? '', `${result.title ?? 'count'} (Droop report).txt`)
                }
              >
                Download the Droop / stv-rs report
              </button>
            )}
          </div>
        </section>
      )}
    </>
  );
}
