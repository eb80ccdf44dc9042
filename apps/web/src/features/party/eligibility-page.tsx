import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { ReasonList } from './reason-list';
import { RequireSignIn } from './require-sign-in';

function Checker() {
  const rules = useQuery({
    queryKey: ['party', 'rules'],
    queryFn: () => unwrap(api.GET('/api/eligibility/rules')),
  });
  const me = useQuery({
    queryKey: ['party', 'me'],
    queryFn: () => unwrap(api.GET('/api/me/membership')),
  });
  const [choice, setChoice] = useState('');
  const [at, setAt] = useState(new Date().toISOString().slice(0, 10));
  const check = useMutation({
    mutationFn: () => {
      const [kind, id = ''] = choice.split(':');
      const query = kind === 'roll' ? { rollId: id } : { ruleId: id, at };
      return unwrap(api.GET('/api/eligibility', { params: { query } }));
    },
  });
  if (rules.isPending || me.isPending) return <p>Loading…</p>;
  if (rules.isError) return <ProblemMessage error={rules.error} />;
  if (me.isError) return <ProblemMessage error={me.error} />;
  const isRoll = choice.startsWith('roll:');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    check.mutate();
  };
  return (
    <>
      <form className="card" onSubmit={onSubmit} aria-labelledby="question-heading">
        <h2 id="question-heading">Your question</h2>
        <label htmlFor="eligibility-question">What do you want to vote in or stand for?</label>
        <select
          id="eligibility-question"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          required
        >
          <option value="">Choose…</option>
          {me.data.rolls.length > 0 && (
            <optgroup label="Frozen rolls you are on">
              {me.data.rolls.map((roll) => (
                <option key={roll.rollId} value={`roll:${roll.rollId}`}>
                  {roll.title} ({roll.unitName}, frozen {roll.frozenAt})
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={`Rules of the ${rules.data.ruleBookTitle}`}>
            {rules.data.rules.map((rule) => (
              <option key={rule.id} value={`rule:${rule.id}`}>
                {rule.title}
              </option>
            ))}
          </optgroup>
        </select>
        {!isRoll && (
          <>
            <label htmlFor="eligibility-date">On the date (the freeze date)</label>
            <input
              id="eligibility-date"
              className="input--short"
              type="date"
              value={at}
              required
              onChange={(event) => setAt(event.target.value)}
            />
          </>
        )}
        <p>
          <button className="button" type="submit" disabled={choice === '' || check.isPending}>
            Check
          </button>
        </p>
        {check.isError && <ProblemMessage error={check.error} />}
      </form>
      {check.data && (
        <section className="card" aria-labelledby="answer-heading" aria-live="polite">
          <h2 id="answer-heading">{check.data.eligible ? 'Yes, you can' : 'No, you cannot'}</h2>
          <p>{check.data.question}</p>
          <p>
            <strong>{check.data.summary}</strong>
          </p>
          <h3>Why</h3>
          <ReasonList reasons={check.data.reasons} />
        </section>
      )}
    </>
  );
}

/** "Can I vote in X, and if not, why?": a member checks a frozen roll or a rule at a date. */
export function EligibilityPage() {
  useDocumentTitle('Can I vote?');
  return (
    <>
      <h1>Can I vote?</h1>
      <p className="lede">Check whether you can vote in a ballot or selection, or stand, and why.</p>
      <RequireSignIn>
        <Checker />
      </RequireSignIn>
    </>
  );
}
