import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import type { RollSummary } from './party-types';
import { ReasonList } from './reason-list';

/** An officer checks whether a member is eligible under a rule at a date, or on an open roll, with the reasons. */
export function MemberEligibility({
  memberId,
  openRolls,
}: {
  memberId: string;
  openRolls: readonly RollSummary[];
}) {
  const rules = useQuery({
    queryKey: ['party', 'rules'],
    queryFn: () => unwrap(api.GET('/api/eligibility/rules')),
  });
  const [choice, setChoice] = useState('');
  const [at, setAt] = useState(new Date().toISOString().slice(0, 10));
  const check = useMutation({
    mutationFn: () => {
      const [kind, id = ''] = choice.split(':');
      const query = kind === 'roll' ? { rollId: id, memberId } : { ruleId: id, at, memberId };
      return unwrap(api.GET('/api/eligibility', { params: { query } }));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    check.mutate();
  };
  const isRoll = choice.startsWith('roll:');
  return (
    <section className="card" aria-labelledby="member-eligibility-heading">
      <h2 id="member-eligibility-heading">Eligibility</h2>
      {rules.isError && <ProblemMessage error={rules.error} />}
      <form onSubmit={onSubmit} aria-label="Check this member's eligibility" className="member-eligibility">
        <label htmlFor="member-eligibility-question">Rule or open roll</label>
        <select
          id="member-eligibility-question"
          required
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">Choose…</option>
          {openRolls.length > 0 && (
            <optgroup label="Open rolls">
              {openRolls.map((roll) => (
                <option key={roll.id} value={`roll:${roll.id}`}>
                  {roll.title} ({roll.unitName}, frozen {roll.frozenAt})
                </option>
              ))}
            </optgroup>
          )}
          {rules.data && (
            <optgroup label={`Rules of the ${rules.data.ruleBookTitle}`}>
              {rules.data.rules.map((rule) => (
                <option key={rule.id} value={`rule:${rule.id}`}>
                  {rule.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {!isRoll && (
          <>
            <label htmlFor="member-eligibility-date">On the date</label>
            <input
              id="member-eligibility-date"
              type="date"
              required
              value={at}
              onChange={(event) => setAt(event.target.value)}
            />
          </>
        )}
        <p>
          <button className="button" type="submit" disabled={check.isPending}>
            Check eligibility
          </button>
        </p>
      </form>
      {check.isError && <ProblemMessage error={check.error} />}
      {check.data && (
        <div role="status" className="member-eligibility__answer">
          <h3>{check.data.eligible ? 'Yes: eligible' : 'No: not eligible'}</h3>
          <p>{check.data.question}</p>
          <p>
            <strong>{check.data.summary}</strong>
          </p>
          {check.data.reasons.length > 0 && <ReasonList reasons={check.data.reasons} />}
        </div>
      )}
    </section>
  );
}
