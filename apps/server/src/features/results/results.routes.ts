import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { authorize } from '../../policies/decision';
import { canViewResults } from '../../policies/results-policy';
import { analyseByElection } from './analyse-by-election';
import { compareArea } from './compare-area';
import { datasetCache } from './dataset-cache';
import { getAreaSwing } from './get-area-swing';
import { getElectionSummary } from './get-election-summary';
import { getHexLayout } from './get-hex-layout';
import { getProjectionBaseline } from './get-projection-baseline';
import { getSeatHistory } from './get-seat-history';
import { listByElections } from './list-by-elections';
import { listElections } from './list-elections';
import { listTargets } from './list-targets';
import { presentBaseline } from './present-baseline';
import { projectShares } from './project-shares';
import {
  backtestRoute,
  changeRoute,
  getByElectionRoute,
  getElectionRoute,
  getSeatRoute,
  hexLayoutRoute,
  listByElectionsRoute,
  listElectionsRoute,
  projectionBaselineRoute,
  projectionRoute,
  searchSeatsRoute,
  swingRoute,
  targetsRoute,
} from './results.schema';
import { runBacktest } from './run-backtest';
import { searchSeats } from './search-seats';

/** Registers the election results and analytics endpoints (public data). */
export function registerResultsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const cache = datasetCache(deps.database);
  const results = async (actor: AppEnv['Variables']['actor']) => {
    authorize(actor, canViewResults(actor));
    return cache.get();
  };

  app.openapi(listElectionsRoute, async (c) => c.json(listElections(await results(c.get('actor'))), 200));
  app.openapi(getElectionRoute, async (c) =>
    c.json(getElectionSummary(await results(c.get('actor')), c.req.valid('param').election), 200),
  );
  app.openapi(searchSeatsRoute, async (c) =>
    c.json(searchSeats(await results(c.get('actor')), c.req.valid('query')), 200),
  );
  app.openapi(getSeatRoute, async (c) =>
    c.json(
      getSeatHistory(
        await results(c.get('actor')),
        c.req.valid('param').seat,
        c.req.valid('query').boundarySet,
      ),
      200,
    ),
  );
  app.openapi(changeRoute, async (c) =>
    c.json(compareArea(await results(c.get('actor')), c.req.valid('query')), 200),
  );
  app.openapi(swingRoute, async (c) => {
    const { parties, ...query } = c.req.valid('query');
    const [from = '', to = ''] = parties.split(',').map((party) => party.trim());
    return c.json(getAreaSwing(await results(c.get('actor')), { ...query, parties: [from, to] }), 200);
  });
  app.openapi(targetsRoute, async (c) =>
    c.json(listTargets(await results(c.get('actor')), c.req.valid('query')), 200),
  );
  app.openapi(listByElectionsRoute, async (c) => c.json(listByElections(await results(c.get('actor'))), 200));
  app.openapi(getByElectionRoute, async (c) =>
    c.json(
      analyseByElection(await results(c.get('actor')), c.req.valid('param').seat, c.req.valid('query').date),
      200,
    ),
  );
  app.openapi(projectionRoute, async (c) =>
    c.json(projectShares(await results(c.get('actor')), c.req.valid('json')), 200),
  );
  app.openapi(projectionBaselineRoute, async (c) =>
    c.json(
      presentBaseline(getProjectionBaseline(await results(c.get('actor')), c.req.valid('query').election)),
      200,
    ),
  );
  app.openapi(backtestRoute, async (c) => c.json(runBacktest(await results(c.get('actor'))), 200));
  app.openapi(hexLayoutRoute, async (c) =>
    c.json(getHexLayout(await results(c.get('actor')), c.req.valid('param').boundarySet), 200),
  );
}
