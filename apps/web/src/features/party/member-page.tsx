import { type AgeBand, ageBandNames, describeAgeBand } from '@caucus/party';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { BranchMoveForm } from './branch-move-form';
import { MemberEligibility } from './member-eligibility';
import type { MemberView } from './party-types';
import { RequireSignIn } from './require-sign-in';
import { StatusChangeForm } from './status-change-form';

function unitQuery(unitId: string, enabled = true) {
  return {
    queryKey: ['party', 'unit', unitId],
    queryFn: () => unwrap(api.GET('/api/units/{unitId}', { params: { path: { unitId } } })),
    enabled: enabled && unitId !== '',
  };
}

function MemberFacts({ member, branchNames }: { member: MemberView; branchNames: Map<string, string> }) {
  const address = [...(member.addressLines ?? []), member.postcode].filter(Boolean).join(', ');
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return (
    <section className="card" aria-labelledby="record-heading">
      <h2 id="record-heading">Membership record</h2>
      <dl className="facts">
        {member.membershipNumber !== undefined && (
          <>
            <dt>Membership number</dt>
            <dd>{member.membershipNumber}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          {member.status}
          {member.inArrears ? ' (in arrears)' : ''}
        </dd>
        <dt>Branch</dt>
        <dd>
          <Link to={`/party/units/${member.branchId}`}>{member.branchName}</Link>
        </dd>
        {member.joinedOn !== undefined && (
          <>
            <dt>Joined</dt>
            <dd>{member.joinedOn}</dd>
          </>
        )}
        {member.paidUpTo !== undefined && (
          <>
            <dt>Paid up to</dt>
            <dd>{member.paidUpTo ?? 'not recorded'}</dd>
          </>
        )}
        {member.email !== undefined && (
          <>
            <dt>Email</dt>
            <dd className="member-record__wrap">{member.email ?? 'none'}</dd>
          </>
        )}
        {member.phone !== undefined && (
          <>
            <dt>Phone</dt>
            <dd>{member.phone ?? 'none'}</dd>
          </>
        )}
        {(member.addressLines !== undefined || member.postcode !== undefined) && (
          <>
            <dt>Address</dt>
            <dd>{address || 'none'}</dd>
          </>
        )}
        {member.gender !== undefined && (
          <>
            <dt>Gender</dt>
            <dd>{member.gender ?? 'not given'}</dd>
          </>
        )}
        {member.ageBand !== undefined && (
          <>
            <dt>Age band</dt>
            <dd>{member.ageBand ? describeAgeBandName(member.ageBand) : 'not given'}</dd>
          </>
        )}
        {member.dateOfBirth !== undefined && (
          <>
            <dt>Date of birth</dt>
            <dd>{member.dateOfBirth ?? 'not given'}</dd>
          </>
        )}
        {member.ethnicity !== undefined && (
          <>
            <dt>Ethnicity</dt>
            <dd>{member.ethnicity ?? 'not given'}</dd>
          </>
        )}
        {member.tradeUnions !== undefined && (
          <>
            <dt>Trade unions</dt>
            <dd>{member.tradeUnions.map((union) => union.union).join(', ') || 'none'}</dd>
          </>
        )}
        {member.consent !== undefined && (
          <>
            <dt>Contact consent</dt>
            <dd>
              email {yesNo(member.consent.email)}, phone {yesNo(member.consent.phone)}, SMS{' '}
              {yesNo(member.consent.sms)}, post {yesNo(member.consent.post)}
            </dd>
          </>
        )}
      </dl>
      {member.statusHistory !== undefined && member.statusHistory.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label="Status history">
          <table className="party-table">
            <caption>Status history</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {member.statusHistory.map((change) => (
                <tr key={`${change.on}:${change.status}:${change.note ?? ''}`}>
                  <td className="date">{change.on}</td>
                  <td>{change.status}</td>
                  <td>{change.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {member.branchHistory !== undefined && member.branchHistory.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label="Branch history">
          <table className="party-table">
            <caption>Branch history</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Moved from</th>
                <th scope="col">Moved to</th>
              </tr>
            </thead>
            <tbody>
              {member.branchHistory.map((move) => (
                <tr key={`${move.on}:${move.from ?? ''}:${move.to}`}>
                  <td className="date">{move.on}</td>
                  <td>{move.from === null ? 'joined' : (branchNames.get(move.from) ?? move.from)}</td>
                  <td>{branchNames.get(move.to) ?? move.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function MemberDetail({ memberId }: { memberId: string }) {
  const member = useQuery({
    queryKey: ['party', 'member', memberId],
    queryFn: () => unwrap(api.GET('/api/members/{memberId}', { params: { path: { memberId } } })),
  });
  const branchId = member.data?.branchId ?? '';
  const branch = useQuery(unitQuery(branchId));
  const clpId = branch.data?.unit.parentId ?? '';
  const clp = useQuery(unitQuery(clpId, branch.data?.unit.kind === 'branch'));
  const rollsUnitId = clp.data?.permissions.viewRolls
    ? clpId
    : branch.data?.permissions.viewRolls
      ? branchId
      : '';
  const rolls = useQuery({
    queryKey: ['party', 'rolls', rollsUnitId],
    queryFn: () =>
      unwrap(api.GET('/api/units/{unitId}/rolls', { params: { path: { unitId: rollsUnitId } } })),
    enabled: rollsUnitId !== '',
  });
  const name = member.data ? `${member.data.firstName} ${member.data.lastName}` : 'Member';
  useDocumentTitle(name);
  if (member.isPending) return <p>Loading…</p>;
  if (member.isError) return <ProblemMessage error={member.error} />;
  const record = member.data;
  const aboveBranch = branch.data?.ancestors.map((unit) => unit.id) ?? [];
  const chain = new Set([record.branchId, ...aboveBranch]);
  const openRolls = (rolls.data?.rolls ?? []).filter(
    (roll) => roll.state === 'open' && chain.has(roll.unitId),
  );
  const branches = clp.data?.children.filter((child) => child.kind === 'branch') ?? [];
  const branchNames = new Map(branches.map((unit) => [unit.id, unit.name]));
  return (
    <>
      {branch.data && (
        <nav aria-label="Where this member belongs">
          <ol className="breadcrumbs">
            {[...branch.data.ancestors].reverse().map((ancestor) => (
              <li key={ancestor.id}>
                <Link to={`/party/units/${ancestor.id}`}>{ancestor.name}</Link>
              </li>
            ))}
            <li>
              <Link to={`/party/units/${branch.data.unit.id}`}>{branch.data.unit.name}</Link>
            </li>
            <li aria-current="page">{name}</li>
          </ol>
        </nav>
      )}
      <h1>{name}</h1>
      <p className="lede">
        Member of {record.branchName} · {record.status}
      </p>
      <MemberFacts member={record} branchNames={branchNames} />
      <MemberEligibility memberId={record.id} openRolls={openRolls} />
      {record.permissions.changeStatus && <StatusChangeForm member={record} />}
      {record.permissions.moveBranch && branches.length > 1 && (
        <BranchMoveForm member={record} branches={branches} />
      )}
    </>
  );
}

/** An officer's page for one member: the record as the server lets them see it, eligibility, status and moves. */
export function MemberPage() {
  const { memberId = '' } = useParams();
  return (
    <RequireSignIn>
      <MemberDetail memberId={memberId} />
    </RequireSignIn>
  );
}

/** Shows a band name from the API in words, or as sent if this version does not know it. */
function describeAgeBandName(band: string): string {
  return (ageBandNames as readonly string[]).includes(band) ? describeAgeBand(band as AgeBand) : band;
}
