import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';
import type { ImportIssue, ImportPlan } from './party-types';
import { RequireSignIn } from './require-sign-in';

function show(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function IssueTable({ caption, issues }: { caption: string; issues: ImportIssue[] }) {
  return (
    <div className="table-scroll">
      <table className="party-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
            <th scope="col">How to fix it</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={`${issue.line}:${issue.column ?? ''}:${issue.message}`}>
              <th scope="row">{issue.line}</th>
              <td>{issue.column ?? '(whole line)'}</td>
              <td>{issue.value ?? ''}</td>
              <td>{issue.message}</td>
              <td>{issue.fix}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PlanView({ plan }: { plan: ImportPlan }) {
  const { counts } = plan;
  return (
    <section className="card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{plan.applied ? 'Imported' : 'What the import would do'}</h2>
      <dl className="facts">
        <dt>New members</dt>
        <dd>{counts.creates}</dd>
        <dt>Updated</dt>
        <dd>{counts.updates}</dd>
        <dt>Unchanged</dt>
        <dd>{counts.unchanged}</dd>
        <dt>In the unit but not in the file (kept)</dt>
        <dd>{counts.notInFile}</dd>
        <dt>Errors</dt>
        <dd>{counts.errors}</dd>
        <dt>Warnings</dt>
        <dd>{counts.warnings}</dd>
      </dl>
      {plan.errors.length > 0 && (
        <IssueTable caption="Errors: nothing is imported until they are fixed" issues={plan.errors} />
      )}
      {plan.warnings.length > 0 && <IssueTable caption="Warnings" issues={plan.warnings} />}
      {plan.creates.length > 0 && (
        <div className="table-scroll">
          <table className="party-table">
            <caption>New members{plan.truncated ? ' (first 500)' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Number</th>
                <th scope="col">Name</th>
                <th scope="col">Branch</th>
              </tr>
            </thead>
            <tbody>
              {plan.creates.map((create) => (
                <tr key={create.line}>
                  <th scope="row">{create.line}</th>
                  <td>{create.membershipNumber}</td>
                  <td>{create.name}</td>
                  <td>{create.branchName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.updates.length > 0 && (
        <div className="table-scroll">
          <table className="party-table">
            <caption>Changes to existing members{plan.truncated ? ' (first 500)' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Member</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {plan.updates.map((update) => (
                <tr key={update.line}>
                  <th scope="row">{update.line}</th>
                  <td>
                    {update.name} ({update.membershipNumber})
                  </td>
                  <td>
                    <ul className="change-list">
                      {update.changes.map((change) => (
                        <li key={change.field}>
                          {change.withheld
                            ? `${change.field} changes (hidden from your role)`
                            : `${change.field}: ${show(change.before)} → ${show(change.after)}`}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function importCsv(unitId: string, csv: string, dryRun: 'true' | 'false') {
  return unwrap(
    api.POST('/api/units/{unitId}/imports', {
      params: { path: { unitId }, query: { dryRun } },
      body: { csv },
    }),
  );
}

function ImportForm({ unitId }: { unitId: string }) {
  const client = useQueryClient();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const dryRun = useMutation({
    mutationFn: () => importCsv(unitId, csv, 'true'),
  });
  const apply = useMutation({
    mutationFn: () => importCsv(unitId, csv, 'false'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['party'] }),
  });
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    setFileName(file.name);
    setCsv(await file.text());
    dryRun.reset();
    apply.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply.reset();
    dryRun.mutate();
  };
  const plan = apply.data ?? dryRun.data;
  return (
    <>
      <form className="card" onSubmit={onSubmit} aria-labelledby="file-heading">
        <h2 id="file-heading">1. Choose the CSV export</h2>
        <label htmlFor="import-file">Membership CSV file</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={onFile} />
        <p className="hint">
          Columns: membership_number, first_name, last_name, branch, joined_on, status (required), and email,
          phone, address, postcode, paid_up_to, date_of_birth, gender, ethnicity, trade_union, consent_*
          (optional). Rows are matched by membership number, so importing the same file again changes nothing.
        </p>
        <label htmlFor="import-text">…or paste it here</label>
        <textarea id="import-text" rows={6} value={csv} onChange={(event) => setCsv(event.target.value)} />
        <p>
          <button className="button" type="submit" disabled={csv.trim() === '' || dryRun.isPending}>
            {dryRun.isPending ? 'Checking…' : 'Check (dry run)'}
          </button>
          {fileName && <span className="hint"> {fileName}</span>}
        </p>
        {dryRun.isError && <ProblemMessage error={dryRun.error} />}
      </form>
      {plan && <PlanView plan={plan} />}
      {dryRun.data && !apply.data && (
        <section className="card" aria-labelledby="apply-heading">
          <h2 id="apply-heading">2. Import</h2>
          {dryRun.data.hasErrors ? (
            <p>Fix the errors above and check the file again; an import with errors changes nothing.</p>
          ) : (
            <button
              className="button"
              type="button"
              disabled={apply.isPending}
              onClick={() => apply.mutate()}
            >
              {apply.isPending ? 'Importing…' : 'Import all rows'}
            </button>
          )}
          {apply.isError && <ProblemMessage error={apply.error} />}
        </section>
      )}
      {apply.data?.applied && (
        <p className="success" role="status">
          Imported: {apply.data.counts.creates} new, {apply.data.counts.updates} updated,{' '}
          {apply.data.counts.unchanged} unchanged.
        </p>
      )}
    </>
  );
}

/** Officers import a membership CSV into a unit: a dry run shows every change and error, then apply all at once. */
export function ImportPage() {
  const { unitId = '' } = useParams();
  useDocumentTitle('Import members');
  return (
    <>
      <p>
        <Link to={`/party/units/${unitId}`}>Back to the unit</Link>
      </p>
      <h1>Import members</h1>
      <RequireSignIn>
        <ImportForm unitId={unitId} />
      </RequireSignIn>
    </>
  );
}
