import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { MEMBER_STATUSES, type MemberView } from './party-types';

/** An officer's form to change a member's status from a date, with a note for the audit log. */
export function StatusChangeForm({ member }: { member: MemberView }) {
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const change = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/members/{memberId}/status', {
          params: { path: { memberId: member.id } },
          body: {
            status: status as MemberView['status'],
            on,
            version: member.version,
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          },
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(['party', 'member', member.id], updated);
      setStatus('');
      setNote('');
      return client.invalidateQueries({ queryKey: ['party'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="status-heading">
      <h2 id="status-heading">Change status</h2>
      <div className="field-row">
        <div>
          <label htmlFor="status-new">New status</label>
          <select id="status-new" required value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">Choose…</option>
            {MEMBER_STATUSES.filter((candidate) => candidate !== member.status).map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status-on">From</label>
          <input
            id="status-on"
            type="date"
            required
            value={on}
            onChange={(event) => setOn(event.target.value)}
          />
        </div>
      </div>
      <label htmlFor="status-note">Note (optional)</label>
      <textarea
        id="status-note"
        rows={2}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <p>
        <button className="button" type="submit" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change status'}
        </button>
      </p>
      {change.isError && <ProblemMessage error={change.error} />}
      {change.isSuccess && (
        <p className="success" role="status">
          Status is now {change.data.status}.
        </p>
      )}
    </form>
  );
}
