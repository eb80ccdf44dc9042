import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import type { MemberView, Unit } from './party-types';

/** An officer's form to move a member to another branch of their CLP; a move blocked by an open roll is explained. */
export function BranchMoveForm({ member, branches }: { member: MemberView; branches: readonly Unit[] }) {
  const client = useQueryClient();
  const [toBranchId, setToBranchId] = useState('');
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const move = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/members/{memberId}/branch', {
          params: { path: { memberId: member.id } },
          body: { toBranchId, on, version: member.version },
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(['party', 'member', member.id], updated);
      setToBranchId('');
      return client.invalidateQueries({ queryKey: ['party'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate();
  };
  const others = branches.filter((branch) => branch.id !== member.branchId);
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="move-heading">
      <h2 id="move-heading">Move to another branch</h2>
      <div className="field-row">
        <div>
          <label htmlFor="move-branch">New branch</label>
          <select
            id="move-branch"
            required
            value={toBranchId}
            onChange={(event) => setToBranchId(event.target.value)}
          >
            <option value="">Choose…</option>
            {others.map((branch) => (
              <option key={branch.id} value={branch.id}>
                {branch.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="move-on">From</label>
          <input
            id="move-on"
            type="date"
            required
            value={on}
            onChange={(event) => setOn(event.target.value)}
          />
        </div>
      </div>
      <p>
        <button className="button" type="submit" disabled={move.isPending}>
          {move.isPending ? 'Moving…' : 'Move member'}
        </button>
      </p>
      {move.isError && <ProblemMessage error={move.error} />}
      {move.isSuccess && (
        <p className="success" role="status">
          Moved to {move.data.branchName}.
        </p>
      )}
    </form>
  );
}
