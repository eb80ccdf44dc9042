import { createRoute, z } from '@hono/zod-openapi';
import { MIN_PASSWORD_LENGTH } from '../../auth/password';
import { problemContent } from '../../context/party-schemas';

/** The signed-in account, its roles, and the CSRF token for state-changing requests. */
export const SessionSchema = z
  .strictObject({
    user: z.strictObject({
      id: z.string(),
      email: z.string(),
      displayName: z.string(),
      memberId: z.string().nullable(),
    }),
    grants: z.array(z.strictObject({ role: z.string(), unitId: z.string() })),
    csrfToken: z
      .string()
      .openapi({ description: 'Send in the X-CSRF-Token header on POST, PUT, PATCH and DELETE.' }),
  })
  .openapi('Session');

const problem = problemContent;

/** Email and password. */
export const SignInBodySchema = z.object({
  email: z.email('enter an email address like name@example.org').max(320),
  password: z.string().min(1, 'enter your password').max(1024),
});

/** GET /api/auth/session */
export const getSessionRoute = createRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'Who is signed in',
  responses: {
    200: { description: 'The current session.', content: { 'application/json': { schema: SessionSchema } } },
    401: { description: 'Not signed in.', content: problem },
  },
});

/** POST /api/auth/sign-in */
export const signInRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['Sign-in'],
  summary: 'Sign in with email and password',
  description:
    'Sets an HTTP-only session cookie. After repeated wrong passwords the account is locked for a while; clients are also rate-limited per address.',
  request: { body: { required: true, content: { 'application/json': { schema: SignInBodySchema } } } },
  responses: {
    200: { description: 'Signed in.', content: { 'application/json': { schema: SessionSchema } } },
    400: { description: 'Invalid body.', content: problem },
    401: { description: 'Wrong email or password.', content: problem },
    429: { description: 'Locked or rate-limited; see Retry-After.', content: problem },
  },
});

/** POST /api/auth/sign-in-links */
export const requestLinkRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in-links',
  tags: ['Sign-in'],
  summary: 'Email a one-time sign-in link',
  description:
    'Always answers the same whether or not the address has an account, so it cannot be used to find out who is a member.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ email: z.email('enter an email address').max(320) }) },
      },
    },
  },
  responses: {
    202: {
      description: 'A link was sent if the account exists.',
      content: {
        'application/json': { schema: z.strictObject({ message: z.string() }).openapi('LinkSent') },
      },
    },
    429: { description: 'Too many links requested.', content: problem },
    503: { description: 'Email is not configured.', content: problem },
  },
});

/** POST /api/auth/sign-in-links/redeem */
export const redeemLinkRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in-links/redeem',
  tags: ['Sign-in'],
  summary: 'Sign in with a one-time link’s token',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ token: z.string().min(20).max(200) }) } },
    },
  },
  responses: {
    200: { description: 'Signed in.', content: { 'application/json': { schema: SessionSchema } } },
    400: { description: 'The link is wrong, used or expired.', content: problem },
  },
});

/** POST /api/auth/sign-out */
export const signOutRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['Sign-in'],
  summary: 'Sign out of this browser',
  responses: { 204: { description: 'Signed out.' } },
});

/** POST /api/auth/sign-out-everywhere */
export const signOutEverywhereRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  tags: ['Sign-in'],
  summary: 'End every session of this account',
  responses: {
    200: {
      description: 'All sessions ended.',
      content: {
        'application/json': {
          schema: z.strictObject({ endedSessions: z.number().int() }).openapi('EndedSessions'),
        },
      },
    },
    401: { description: 'Not signed in.', content: problem },
  },
});

/** PUT /api/auth/password */
export const setPasswordRoute = createRoute({
  method: 'put',
  path: '/api/auth/password',
  tags: ['Sign-in'],
  summary: 'Set or change your password',
  description: 'The current password is needed when one is set. Other sessions are signed out.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            currentPassword: z.string().max(1024).optional(),
            newPassword: z
              .string()
              .min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`)
              .max(1024),
          }),
        },
      },
    },
  },
  responses: {
    204: { description: 'Password set.' },
    400: { description: 'Invalid body.', content: problem },
    401: { description: 'Not signed in.', content: problem },
    403: { description: 'Current password wrong.', content: problem },
  },
});
