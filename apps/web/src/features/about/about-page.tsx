import { useDocumentTitle } from '../../app/use-document-title';
import { DATA_CREDITS } from './data-credits';

/** About Caucus: purpose, licence, and the credits the shipped data's licences require. */
export function AboutPage() {
  useDocumentTitle('About');
  return (
    <>
      <h1>About Caucus</h1>
      <p className="lede">
        Caucus is an open-source platform on which a mass-membership party runs its internal democracy and the
        organising around it, with UK election analytics built in.
      </p>
      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">Licence</h2>
        <p>
          Caucus is free software: you can redistribute it and modify it under the terms of the{' '}
          <a href="https://www.gnu.org/licenses/agpl-3.0.html">GNU Affero General Public License</a>, version
          3 or later. If you run a modified Caucus for others, you must offer them its source.
        </p>
      </section>
      <section aria-labelledby="credits-heading">
        <h2 id="credits-heading">Data credits</h2>
        <p>Caucus ships these public datasets. Their licences ask for the credit lines below.</p>
        <ul className="credits">
          {DATA_CREDITS.map((credit) => (
            <li key={credit.dataset} className="card">
              <h3>{credit.dataset}</h3>
              <p>
                Source: <a href={credit.sourceUrl}>{credit.source}</a>
              </p>
              <p>
                Licence: <a href={credit.licenceUrl}>{credit.licence}</a>
              </p>
              <p className="credit-line">{credit.credit}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="api-heading">
        <h2 id="api-heading">For developers</h2>
        <p>
          Everything in the web app is available over the HTTP API: see the{' '}
          <a href="/api/docs">API reference</a> or the machine-readable{' '}
          <a href="/api/openapi.json">OpenAPI document</a>.
        </p>
      </section>
    </>
  );
}
