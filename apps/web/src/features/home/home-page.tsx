import { Link } from 'react-router';
import { AREAS } from '../../app/areas';
import { useDocumentTitle } from '../../app/use-document-title';
import { SystemStatus } from './system-status';

/** The landing page: what Caucus does, its areas, and whether the system is up. */
export function HomePage() {
  useDocumentTitle('');
  return (
    <>
      <h1>Caucus</h1>
      <p className="lede">
        The party’s internal democracy in one place: see the numbers, hold quorate meetings, carry motions to
        conference, run selections and ballots by the rule book, and organise people to turn up.
      </p>
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">Areas</h2>
        <ul className="area-grid">
          {AREAS.map((area) => (
            <li key={area.path} className="card">
              <h3>{area.available ? <Link to={area.path}>{area.label}</Link> : area.label}</h3>
              <p>{area.summary}</p>
              {!area.available && <p className="muted">Not available yet.</p>}
            </li>
          ))}
        </ul>
      </section>
      <SystemStatus />
    </>
  );
}
