import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { ReasonList } from './reason-list';
import { RequireSignIn } from './require-sign-in';

function Membership() {
  const query = useQuery({
    queryKey: ['party', 'me'],
    queryFn: () => unwrap(api.GET('/api/me/membership')),
  });
  if (query.isPending) return <p>Loading your membership…</p>;
  if (query.isError) return <ProblemMessage error={query.error} />;
  const { member, units, offices, roles, rolls } = query.data;
  return (
    <>
      {member === null ? (
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">No membership record</h2>
          <p>Your account is not linked to a membership record.</p>
        </section>
      ) : (
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">
            {member.firstName} {member.lastName}
          </h2>
          <dl className="facts">
            <dt>Membership number</dt>
            <dd>{member.membershipNumber}</dd>
            <dt>Status</dt>
            <dd>
              {member.status}
              {member.inArrears ? ' (in arrears)' : ''}
            </dd>
            <dt>Joined</dt>
            <dd>{member.joinedOn}</dd>
            <dt>Paid up to</dt>
            <dd>{member.paidUpTo ?? 'not recorded'}</dd>
            <dt>Branch</dt>
            <dd>
              <Link to={`/party/units/${member.branchId}`}>{member.branchName}</Link>
            </dd>
            <dt>Email</dt>
            <dd>{member.email ?? 'none'}</dd>
            <dt>Phone</dt>
            <dd>{member.phone ?? 'none'}</dd>
            <dt>Address</dt>
            <dd>{[...(member.addressLines ?? []), member.postcode].filter(Boolean).join(', ') || 'none'}</dd>
            <dt>Trade unions</dt>
            <dd>{member.tradeUnions?.map((union) => union.union).join(', ') || 'none'}</dd>
          </dl>
          <p>
            <a className="button--secondary" href="/api/me/data" download>
              Download my data
            </a>{' '}
            <span className="hint">A JSON file of everything Caucus holds about you.</span>
          </p>
        </section>
      )}
      {units.length > 0 && (
        <section className="card" aria-labelledby="units-heading">
          <h2 id="units-heading">Where you belong</h2>
          <ul>
            {units.map((unit) => (
              <li key={unit.id}>
                <Link to={`/party/units/${unit.id}`}>{unit.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(roles.length > 0 || offices.length > 0) && (
        <section className="card" aria-labelledby="roles-heading">
          <h2 id="roles-heading">Offices and roles</h2>
          <ul>
            {roles.map((role) => (
              <li key={`${role.role}@${role.unitId}`}>
                <Link to={`/party/units/${role.unitId}`}>{role.description}</Link>
              </li>
            ))}
            {offices
              .filter((office) => office.current)
              .map((office) => (
                <li key={`${office.unitId}:${office.title}:${office.from}`}>
                  {office.title}, {office.unitName} (since {office.from})
                </li>
              ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="rolls-heading">
        <h2 id="rolls-heading">Votes you are on the roll for</h2>
        {rolls.length === 0 ? (
          <p>You are not on any frozen roll yet.</p>
        ) : (
          <ul>
            {rolls.map((roll) => (
              <li key={roll.rollId}>
                <strong>{roll.title}</strong> ({roll.unitName}, frozen {roll.frozenAt}, {roll.state}):{' '}
                {roll.eligible ? 'you can vote' : 'you cannot vote'}
                {!roll.eligible && <ReasonList reasons={roll.reasons.filter((reason) => !reason.passed)} />}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/party/eligibility">Check whether you can vote in something, and why</Link>
        </p>
      </section>
    </>
  );
}

/** The Party area's home: the signed-in person's membership, offices, rolls and data download. */
export function MembershipPage() {
  useDocumentTitle('My membership');
  return (
    <>
      <h1>My membership</h1>
      <RequireSignIn>
        <Membership />
      </RequireSignIn>
    </>
  );
}
