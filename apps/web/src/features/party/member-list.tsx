import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { MEMBER_STATUSES, type Unit } from './party-types';

const PAGE_SIZE = 50;

/** A unit's members for its officers: search, filters and pages; columns follow what the viewer may see. */
export function MemberList({ unitId, branches }: { unitId: string; branches: Unit[] }) {
  const [draft, setDraft] = useState({ search: '', status: '', arrears: '', branch: '' });
  const [filters, setFilters] = useState(draft);
  const [page, setPage] = useState(1);
  const search = {
    page,
    pageSize: PAGE_SIZE,
    ...(filters.search === '' ? {} : { search: filters.search }),
    ...(filters.status === '' ? {} : { status: filters.status as (typeof MEMBER_STATUSES)[number] }),
    ...(filters.arrears === '' ? {} : { arrears: filters.arrears as 'yes' | 'no' }),
    ...(filters.branch === '' ? {} : { branch: filters.branch }),
  };
  const query = useQuery({
    queryKey: ['party', 'members', unitId, search],
    queryFn: () =>
      unwrap(api.GET('/api/units/{unitId}/members', { params: { path: { unitId }, query: search } })),
    placeholderData: keepPreviousData,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const members = query.data?.members ?? [];
  const showContact = members.some((member) => member.visibleGroups.includes('contact'));
  const showMembership = members.some((member) => member.visibleGroups.includes('membership'));
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE_SIZE));
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <form className="member-filters" onSubmit={onSubmit} aria-label="Search members">
        <div>
          <label htmlFor="member-search">Name, number or postcode</label>
          <input
            id="member-search"
            type="search"
            value={draft.search}
            onChange={(event) => setDraft({ ...draft, search: event.target.value })}
          />
        </div>
        <div>
          <label htmlFor="member-status">Status</label>
          <select
            id="member-status"
            value={draft.status}
            onChange={(event) => setDraft({ ...draft, status: event.target.value })}
          >
            <option value="">Any</option>
            {MEMBER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="member-arrears">Subscriptions</label>
          <select
            id="member-arrears"
            value={draft.arrears}
            onChange={(event) => setDraft({ ...draft, arrears: event.target.value })}
          >
            <option value="">Any</option>
            <option value="yes">In arrears</option>
            <option value="no">Paid up</option>
          </select>
        </div>
        {branches.length > 0 && (
          <div>
            <label htmlFor="member-branch">Branch</label>
            <select
              id="member-branch"
              value={draft.branch}
              onChange={(event) => setDraft({ ...draft, branch: event.target.value })}
            >
              <option value="">All branches</option>
              {branches.map((branch) => (
                <option key={branch.id} value={branch.id}>
                  {branch.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <button className="button" type="submit">
            Search
          </button>
        </div>
      </form>
      {query.isError && <ProblemMessage error={query.error} />}
      {query.data && (
        <>
          <p aria-live="polite">
            {query.data.total.toLocaleString('en-GB')} member{query.data.total === 1 ? '' : 's'} found
            {pages > 1 ? `; page ${page} of ${pages}` : ''}.
          </p>
          <div className="table-scroll">
            <table className="party-table">
              <caption>Members{filters.search ? ` matching “${filters.search}”` : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  {branches.length > 0 && <th scope="col">Branch</th>}
                  <th scope="col">Status</th>
                  {showMembership && <th scope="col">Number</th>}
                  {showMembership && <th scope="col">Joined</th>}
                  {showMembership && <th scope="col">Paid up to</th>}
                  {showContact && <th scope="col">Email</th>}
                  {showContact && <th scope="col">Phone</th>}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      <Link to={`/party/members/${member.id}`}>
                        {member.lastName}, {member.firstName}
                      </Link>
                    </th>
                    {branches.length > 0 && <td>{member.branchName}</td>}
                    <td>{member.status}</td>
                    {showMembership && <td>{member.membershipNumber ?? ''}</td>}
                    {showMembership && <td className="date">{member.joinedOn ?? ''}</td>}
                    {showMembership && (
                      <td className="date">
                        {member.paidUpTo ?? 'none'}
                        {member.inArrears ? ' (arrears)' : ''}
                      </td>
                    )}
                    {showContact && <td>{member.email ?? ''}</td>}
                    {showContact && <td>{member.phone ?? ''}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav aria-label="Member list pages" className="field-row">
              <button
                className="button--secondary"
                type="button"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                Previous page
              </button>
              <button
                className="button--secondary"
                type="button"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Next page
              </button>
            </nav>
          )}
          {!showContact && members.length > 0 && (
            <p className="hint">Your role shows names, branches and status only.</p>
          )}
        </>
      )}
    </section>
  );
}
