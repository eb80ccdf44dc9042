import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { MemberList } from './member-list';
import { OfficerForm } from './officer-form';
import { UNIT_KIND_LABELS } from './party-types';
import { RequireSignIn } from './require-sign-in';
import { RollsSection } from './rolls-section';

function UnitView({ unitId }: { unitId: string }) {
  const query = useQuery({
    queryKey: ['party', 'unit', unitId],
    queryFn: () => unwrap(api.GET('/api/units/{unitId}', { params: { path: { unitId } } })),
  });
  useDocumentTitle(query.data?.unit.name ?? 'Unit');
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <ProblemMessage error={query.error} />;
  const { unit, ancestors, children, officers, affiliatedBranches, permissions } = query.data;
  const branches = children.filter((child) => child.kind === 'branch');
  return (
    <>
      <nav aria-label="Where this unit sits">
        <ol className="breadcrumbs">
          {[...ancestors].reverse().map((ancestor) => (
            <li key={ancestor.id}>
              <Link to={`/party/units/${ancestor.id}`}>{ancestor.name}</Link>
            </li>
          ))}
          <li aria-current="page">{unit.name}</li>
        </ol>
      </nav>
      <h1>{unit.name}</h1>
      <p className="lede">
        {UNIT_KIND_LABELS[unit.kind]}
        {unit.gss ? ` · constituency ${unit.gss}` : ''} · {query.data.members.toLocaleString('en-GB')} members
      </p>
      {(permissions.importMembers || permissions.viewAudit || permissions.viewRuleBook) && (
        <p className="field-row">
          {permissions.importMembers && (
            <Link className="button--secondary" to={`/party/units/${unit.id}/import`}>
              Import members
            </Link>
          )}
          {permissions.viewAudit && (
            <Link className="button--secondary" to={`/party/units/${unit.id}/audit`}>
              Audit log
            </Link>
          )}
          {permissions.viewRuleBook && unit.parentId === null && (
            <Link className="button--secondary" to="/party/rule-book">
              Rule book
            </Link>
          )}
        </p>
      )}
      <div className="two-columns">
        <section className="card" aria-labelledby="officers-heading">
          <h2 id="officers-heading">Officers</h2>
          {officers.length === 0 ? (
            <p>This unit has no offices.</p>
          ) : (
            <div className="table-scroll">
              <table className="party-table">
                <caption>Officers of {unit.name} today</caption>
                <thead>
                  <tr>
                    <th scope="col">Office</th>
                    <th scope="col">Held by</th>
                    <th scope="col">Since</th>
                  </tr>
                </thead>
                <tbody>
                  {officers.map((officer) => (
                    <tr key={officer.officeId}>
                      <th scope="row">{officer.title}</th>
                      <td>{officer.holder?.name ?? 'vacant'}</td>
                      <td className="date">{officer.holder?.from ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {permissions.assignOfficers && officers.length > 0 && (
            <OfficerForm unitId={unit.id} offices={officers} />
          )}
        </section>
        {children.length > 0 && (
          <section className="card" aria-labelledby="children-heading">
            <h2 id="children-heading">{unit.kind === 'clp' ? 'Branches' : 'Units'}</h2>
            <div className="table-scroll">
              <table className="party-table">
                <caption>Units in {unit.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Members</th>
                  </tr>
                </thead>
                <tbody>
                  {children.map((child) => (
                    <tr key={child.id}>
                      <th scope="row">
                        <Link to={`/party/units/${child.id}`}>{child.name}</Link>
                      </th>
                      <td className="number">{child.members.toLocaleString('en-GB')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </div>
      {affiliatedBranches.length > 0 && (
        <section className="card" aria-labelledby="affiliated-heading">
          <h2 id="affiliated-heading">Affiliated branches</h2>
          <div className="table-scroll">
            <table className="party-table">
              <caption>Affiliates' branches attached to {unit.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Branch</th>
                  <th scope="col">Affiliate</th>
                  <th scope="col">Affiliated members</th>
                </tr>
              </thead>
              <tbody>
                {affiliatedBranches.map((branch) => (
                  <tr key={branch.id}>
                    <th scope="row">{branch.name}</th>
                    <td>{branch.affiliate}</td>
                    <td className="number">{branch.affiliatedMembership.toLocaleString('en-GB')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {permissions.viewRolls && <RollsSection unitId={unit.id} canFreeze={permissions.freezeRolls} />}
      {permissions.listMembers ? (
        <MemberList unitId={unit.id} branches={branches} />
      ) : (
        <p className="hint">The member list is shown to the unit's officers.</p>
      )}
    </>
  );
}

/** A unit's page: officers, branches, affiliated branches and, for its officers, the member list. */
export function UnitPage() {
  const { unitId = '' } = useParams();
  return (
    <RequireSignIn>
      <UnitView unitId={unitId} />
    </RequireSignIn>
  );
}
