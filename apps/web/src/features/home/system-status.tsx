import { useHealth } from './use-health';

const ENGINE_NAMES = { pglite: 'Embedded PostgreSQL (PGlite)', postgres: 'PostgreSQL server' } as const;

/** A card showing whether Caucus and its database are up. */
export function SystemStatus() {
  const health = useHealth();
  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">System status</h2>
      {health.isPending && <p>Checking…</p>}
      {health.isError && (
        <p role="alert" className="error-text">
          {health.error.message}
        </p>
      )}
      {health.data && (
        <dl className="facts">
          <dt>Service</dt>
          <dd>
            <span className={health.data.status === 'ok' ? 'badge badge--ok' : 'badge badge--bad'}>
              {health.data.status === 'ok' ? 'Running' : 'Database unavailable'}
            </span>
          </dd>
          <dt>Database</dt>
          <dd>
            {ENGINE_NAMES[health.data.database.engine]}
            {health.data.database.latencyMs !== null && ` · ${health.data.database.latencyMs} ms`}
          </dd>
          <dt>Schema</dt>
          <dd>
            {health.data.database.migrations
              ? `${plural(health.data.database.migrations.applied, 'migration')} applied, ${health.data.database.migrations.pending} pending`
              : health.data.database.error}
          </dd>
          <dt>Version</dt>
          <dd>{health.data.version}</dd>
        </dl>
      )}
    </section>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
