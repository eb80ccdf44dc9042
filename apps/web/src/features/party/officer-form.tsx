import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import type { UnitDetail } from './party-types';

const MATCHES = 20;

/** A form for a unit's secretaries to record who holds one of its offices from a date. */
export function OfficerForm({ unitId, offices }: { unitId: string; offices: UnitDetail['officers'] }) {
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const [officeKey, setOfficeKey] = useState('');
  const [memberId, setMemberId] = useState('');
  const [from, setFrom] = useState(new Date().toISOString().slice(0, 10));
  const matches = useQuery({
    queryKey: ['party', 'members', unitId, 'officer-search', searched],
    queryFn: () =>
      unwrap(
        api.GET('/api/units/{unitId}/members', {
          params: { path: { unitId }, query: { search: searched, pageSize: MATCHES } },
        }),
      ),
    enabled: searched !== '',
  });
  const assign = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/units/{unitId}/officers', {
          params: { path: { unitId } },
          body: { officeKey, memberId, from },
        }),
      ),
    onSuccess: () => {
      setOfficeKey('');
      setMemberId('');
      return client.invalidateQueries({ queryKey: ['party'] });
    },
  });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setMemberId('');
    setSearched(search.trim());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate();
  };
  const found = matches.data?.members ?? [];
  return (
    <div className="officer-form">
      <h3 id="officer-form-heading">Record an office holder</h3>
      <form onSubmit={onSearch} aria-label="Find a member to hold office" className="field-row">
        <div>
          <label htmlFor="officer-search">Find a member (name, number or postcode)</label>
          <input
            id="officer-search"
            type="search"
            required
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div>
          <button className="button--secondary" type="submit">
            Find
          </button>
        </div>
      </form>
      {matches.isError && <ProblemMessage error={matches.error} />}
      {matches.data && (
        <p role="status">
          {matches.data.total === 0
            ? `No member matches “${searched}”.`
            : `${matches.data.total.toLocaleString('en-GB')} found${matches.data.total > MATCHES ? `; the first ${MATCHES} are listed` : ''}.`}
        </p>
      )}
      <form onSubmit={onSubmit} aria-labelledby="officer-form-heading">
        <label htmlFor="officer-office">Office</label>
        <select
          id="officer-office"
          required
          value={officeKey}
          onChange={(event) => setOfficeKey(event.target.value)}
        >
          <option value="">Choose…</option>
          {offices.map((office) => (
            <option key={office.officeId} value={office.key}>
              {office.title}
            </option>
          ))}
        </select>
        <label htmlFor="officer-member">Member</label>
        <select
          id="officer-member"
          required
          value={memberId}
          onChange={(event) => setMemberId(event.target.value)}
        >
          <option value="">{found.length === 0 ? 'Find a member first' : 'Choose…'}</option>
          {found.map((member) => (
            <option key={member.id} value={member.id}>
              {member.lastName}, {member.firstName} ({member.branchName})
            </option>
          ))}
        </select>
        <label htmlFor="officer-from">From</label>
        <input
          id="officer-from"
          type="date"
          required
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <p>
          <button className="button" type="submit" disabled={assign.isPending}>
            {assign.isPending ? 'Recording…' : 'Record office holder'}
          </button>
        </p>
      </form>
      {assign.isError && <ProblemMessage error={assign.error} />}
      {assign.isSuccess && (
        <p className="success" role="status">
          {assign.data.holder?.name ?? 'The member'} is {assign.data.title} from{' '}
          {assign.data.holder?.from ?? from}.
        </p>
      )}
    </div>
  );
}
