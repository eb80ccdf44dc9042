import type { z } from '@hono/zod-openapi';
import type { ActorGrant } from '../../context/actor';
import type { SessionSchema } from './auth.schema';

/** Shapes a session for the API. */
export function presentSession(
  user: { id: string; email: string; display_name: string; member_id: string | null },
  grants: ActorGrant[],
  csrfToken: string,
): z.infer<typeof SessionSchema> {
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, memberId: user.member_id },
    grants,
    csrfToken,
  };
}
