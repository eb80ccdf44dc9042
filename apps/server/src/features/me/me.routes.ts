import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { authorize } from '../../policies/decision';
import { canSeeOwnMembership } from '../../policies/party-policy';
import { loadPartyContext } from '../party/party-context';
import { requirePartyActor } from '../party/require-party-actor';
import { downloadMyData } from './download-my-data';
import { getMyMembership } from './get-my-membership';
import { myDataRoute, myMembershipRoute } from './me.schema';

/** Registers "my membership" and "download my data". */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(myMembershipRoute, async (c) => {
    authorize(c.get('actor'), canSeeOwnMembership(c.get('actor')));
    const { party } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    return c.json(await getMyMembership(deps, party, context), 200);
  });

  app.openapi(myDataRoute, async (c) => {
    authorize(c.get('actor'), canSeeOwnMembership(c.get('actor')));
    const { user } = requirePartyActor(c.get('actor'));
    const data = await downloadMyData(deps, user);
    c.header(
      'content-disposition',
      `attachment; filename="caucus-my-data-${data.generatedAt.slice(0, 10)}.json"`,
    );
    c.header('cache-control', 'no-store');
    return c.json(data, 200);
  });
}
