import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import { RequireSignIn } from './require-sign-in';

function describe(record: Record<string, unknown> | null): string {
  if (record === null) return '';
  return Object.entries(record)
    .map(([field, value]) => `${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

function AuditTable({ unitId }: { unitId: string }) {
  const query = useQuery({
    queryKey: ['party', 'audit', unitId],
    queryFn: () =>
      unwrap(api.GET('/api/units/{unitId}/audit', { params: { path: { unitId }, query: { limit: 100 } } })),
  });
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <ProblemMessage error={query.error} />;
  if (query.data.entries.length === 0) return <p>Nothing has been recorded in this unit yet.</p>;
  return (
    <div className="table-scroll">
      <table className="party-table">
        <caption>The latest 100 officer actions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Unit</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {query.data.entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{new Date(entry.at).toLocaleString('en-GB')}</th>
              <td>{entry.actorName ?? 'system'}</td>
              <td>
                {entry.action} ({entry.subject.type})
              </td>
              <td>{entry.unitName}</td>
              <td>{describe(entry.before)}</td>
              <td>
                {describe(entry.after)}
                {entry.withheldFields.length > 0 && (
                  <span className="hint">
                    {' '}
                    Also changed, hidden from your role: {entry.withheldFields.join(', ')}.
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A unit's append-only audit log, for its officers: who did what, when, before and after. */
export function AuditPage() {
  const { unitId = '' } = useParams();
  useDocumentTitle('Audit log');
  return (
    <>
      <p>
        <Link to={`/party/units/${unitId}`}>Back to the unit</Link>
      </p>
      <h1>Audit log</h1>
      <RequireSignIn>
        <AuditTable unitId={unitId} />
      </RequireSignIn>
    </>
  );
}
