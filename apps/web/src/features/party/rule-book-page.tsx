import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, type Schemas, unwrap } from '../../lib/api';
import { RequireSignIn } from './require-sign-in';

const RULE_BOOK_KEY = ['party', 'rule-book'];

/** The administrator's form: adopt an edition from a date (other editions keep their dates). */
function AdoptForm({ book }: { book: Schemas['RuleBook'] }) {
  const client = useQueryClient();
  const [editionId, setEditionId] = useState('');
  const [from, setFrom] = useState(new Date().toISOString().slice(0, 10));
  const adopt = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/rule-book', {
          body: {
            entries: [
              ...book.timeline
                .filter((entry) => entry.effectiveFrom !== from && entry.editionId !== editionId)
                .map(({ editionId: id, effectiveFrom }) => ({ editionId: id, effectiveFrom })),
              { editionId, effectiveFrom: from },
            ],
          },
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(RULE_BOOK_KEY, updated);
      return client.invalidateQueries({ queryKey: ['party'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    adopt.mutate();
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="adopt-heading" className="card">
      <h2 id="adopt-heading">Adopt an edition</h2>
      <p>
        Record that the party adopted an edition of its rule book from a date. Questions dated from then on
        (rolls frozen, meetings held, eligibility asked) are judged by it; earlier ones keep the edition of
        their date.
      </p>
      <label htmlFor="adopt-edition">Edition</label>
      <select
        id="adopt-edition"
        required
        value={editionId}
        onChange={(event) => setEditionId(event.target.value)}
      >
        <option value="">Choose…</option>
        {book.editions.map((edition) => (
          <option key={edition.id} value={edition.id}>
            {edition.title}
          </option>
        ))}
      </select>
      <label htmlFor="adopt-from">In force from</label>
      <input
        id="adopt-from"
        className="input--short"
        type="date"
        required
        value={from}
        onChange={(event) => setFrom(event.target.value)}
      />
      <p>
        <button className="button" type="submit" disabled={adopt.isPending}>
          {adopt.isPending ? 'Adopting…' : 'Adopt'}
        </button>
      </p>
      {adopt.isError && <ProblemMessage error={adopt.error} />}
      {adopt.isSuccess && (
        <p className="success" role="status">
          Adopted. Every page now follows the new timeline.
        </p>
      )}
    </form>
  );
}

function RuleBookDetail() {
  const query = useQuery({ queryKey: RULE_BOOK_KEY, queryFn: () => unwrap(api.GET('/api/rule-book')) });
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <ProblemMessage error={query.error} />;
  const book = query.data;
  return (
    <>
      <p className="lede">
        {book.inForce === null
          ? 'No edition is in force today: the first adopted edition starts later.'
          : `In force today: ${book.inForce.title}.`}
      </p>
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <div className="table-scroll">
          <table className="party-table">
            <caption>Editions the party has adopted, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Edition</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {book.timeline.map((entry) => (
                <tr key={entry.editionId}>
                  <th scope="row">
                    {entry.title}
                    {entry.inForce ? ' (in force)' : ''}
                  </th>
                  <td>{entry.effectiveFrom}</td>
                  <td>{entry.until ?? 'onwards'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="sections-heading">
        <h2 id="sections-heading">What it covers, and what to check</h2>
        <p>Values marked to check should be confirmed against the party's current primary documents.</p>
        <ul>
          {book.sections.map((section) => (
            <li key={section.name}>
              <strong>{section.title}</strong>
              {section.caveats.length === 0 ? (
                <span> — nothing marked to check.</span>
              ) : (
                <ul>
                  {section.caveats.map((caveat) => (
                    <li key={caveat.path}>{caveat.note}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      {book.permissions.adopt && <AdoptForm book={book} />}
    </>
  );
}

/** Which rule-book edition the party applies from which date, for national officers and administrators. */
export function RuleBookPage() {
  useDocumentTitle('Rule book');
  return (
    <>
      <h1>Rule book</h1>
      <RequireSignIn>
        <RuleBookDetail />
      </RequireSignIn>
    </>
  );
}
