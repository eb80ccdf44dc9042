import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';

function FreezeForm({ unitId, onFrozen }: { unitId: string; onFrozen: () => void }) {
  const rules = useQuery({
    queryKey: ['party', 'rules'],
    queryFn: () => unwrap(api.GET('/api/eligibility/rules')),
  });
  const [title, setTitle] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [frozenAt, setFrozenAt] = useState(new Date().toISOString().slice(0, 10));
  const freeze = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/units/{unitId}/rolls', {
          params: { path: { unitId } },
          body: { title, ruleId, frozenAt },
        }),
      ),
    onSuccess: () => {
      setTitle('');
      onFrozen();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    freeze.mutate();
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="freeze-heading">
      <h3 id="freeze-heading">Freeze a roll</h3>
      <label htmlFor="roll-title">What it is for</label>
      <input id="roll-title" required value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor="roll-rule">Who may vote (rule)</label>
      <select id="roll-rule" required value={ruleId} onChange={(event) => setRuleId(event.target.value)}>
        <option value="">Choose…</option>
        {rules.data?.rules.map((rule) => (
          <option key={rule.id} value={rule.id}>
            {rule.title}
          </option>
        ))}
      </select>
      <label htmlFor="roll-date">Freeze date</label>
      <input
        id="roll-date"
        className="input--short"
        type="date"
        required
        value={frozenAt}
        onChange={(event) => setFrozenAt(event.target.value)}
      />
      <p>
        <button className="button" type="submit" disabled={freeze.isPending}>
          {freeze.isPending ? 'Freezing…' : 'Freeze the roll'}
        </button>
      </p>
      {freeze.isError && <ProblemMessage error={freeze.error} />}
      {freeze.data && (
        <p className="success" role="status">
          Frozen: {freeze.data.eligible} of {freeze.data.entries} members can vote.
        </p>
      )}
    </form>
  );
}

/** A unit's frozen rolls for its officers, with freezing and closing for those who may. */
export function RollsSection({ unitId, canFreeze }: { unitId: string; canFreeze: boolean }) {
  const client = useQueryClient();
  const key = ['party', 'rolls', unitId];
  const rolls = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/units/{unitId}/rolls', { params: { path: { unitId } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['party'] });
  const close = useMutation({
    mutationFn: (rollId: string) =>
      unwrap(api.POST('/api/rolls/{rollId}/close', { params: { path: { rollId } } })),
    onSuccess: refresh,
  });
  return (
    <section className="card" aria-labelledby="rolls-heading">
      <h2 id="rolls-heading">Frozen rolls</h2>
      {rolls.isError && <ProblemMessage error={rolls.error} />}
      {rolls.data && rolls.data.rolls.length === 0 && <p>No roll has been frozen here yet.</p>}
      {rolls.data && rolls.data.rolls.length > 0 && (
        <div className="table-scroll">
          <table className="party-table">
            <caption>Electorates frozen in this unit and below it</caption>
            <thead>
              <tr>
                <th scope="col">Roll</th>
                <th scope="col">Rule</th>
                <th scope="col">Frozen at</th>
                <th scope="col">Can vote</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {rolls.data.rolls.map((roll) => (
                <tr key={roll.id}>
                  <th scope="row">
                    {roll.title} <span className="hint">({roll.unitName})</span>
                  </th>
                  <td>{roll.ruleTitle}</td>
                  <td className="date">{roll.frozenAt}</td>
                  <td className="number">
                    {roll.eligible} of {roll.entries}
                  </td>
                  <td>
                    {roll.state}
                    {roll.permissions.close && (
                      <>
                        {' '}
                        <button
                          className="button--link"
                          type="button"
                          disabled={close.isPending}
                          onClick={() => close.mutate(roll.id)}
                        >
                          Close<span className="visually-hidden"> {roll.title}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {close.isError && <ProblemMessage error={close.error} />}
      {canFreeze && <FreezeForm unitId={unitId} onFrozen={refresh} />}
    </section>
  );
}
