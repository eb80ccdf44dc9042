import { defineRoute } from '../../http/route';
import { downloadMyData } from './download-my-data';
import { getMyMembership } from './get-my-membership';
import { myDataRoute, myMembershipRoute } from './me.schema';
import { presentMyMembership } from './present-my-membership';

/** "My membership" and "download my data": any signed-in person, about themselves only. */
export const meRoutes = [
  defineRoute(myMembershipRoute, {
    access: 'signed-in',
    run: ({ deps, party }) => getMyMembership(deps, party),
    present: async ({ party, context }, mine) => presentMyMembership(party, mine, await context.party()),
  }),

  defineRoute(myDataRoute, {
    access: 'signed-in',
    run: ({ deps, actor }) => downloadMyData(deps, actor),
    present: ({ c }, data) => {
      c.header(
        'content-disposition',
        `attachment; filename="caucus-my-data-${data.generatedAt.slice(0, 10)}.json"`,
      );
      c.header('cache-control', 'no-store');
      return data;
    },
  }),
];
