import { memberStatuses } from '@caucus/party';
import { createRoute, z } from '@hono/zod-openapi';
import {
  expectedVersion,
  isoDateParam,
  MemberParamsSchema,
  MemberViewSchema,
  partyRefusals,
  problemContent,
  UnitParamsSchema,
} from '../../context/party-schemas';

/** Search, filters and paging of a unit's member list. */
export const MemberListQuerySchema = z.object({
  search: z.string().max(100).optional().openapi({ description: 'Name, membership number or postcode.' }),
  status: z.enum(memberStatuses).optional(),
  arrears: z.enum(['yes', 'no']).optional().openapi({ description: 'yes: in arrears today; no: paid up.' }),
  branch: z.string().max(200).optional().openapi({ description: 'Only this branch (inside the unit).' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of a unit's members. */
export const MemberListSchema = z
  .strictObject({
    unitId: z.string(),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    members: z.array(MemberViewSchema),
  })
  .openapi('MemberList');

/** GET /api/units/{unitId}/members */
export const listMembersRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/members',
  tags: ['Members'],
  summary: "A unit's members (officers only), redacted to the viewer's role",
  request: { params: UnitParamsSchema, query: MemberListQuerySchema },
  responses: {
    200: {
      description: 'One page of members.',
      content: { 'application/json': { schema: MemberListSchema } },
    },
    ...partyRefusals,
  },
});

/** GET /api/members/{memberId} */
export const getMemberRoute = createRoute({
  method: 'get',
  path: '/api/members/{memberId}',
  tags: ['Members'],
  summary: 'One member, redacted to the viewer (themselves, or officers covering their branch)',
  request: { params: MemberParamsSchema },
  responses: {
    200: { description: 'The member.', content: { 'application/json': { schema: MemberViewSchema } } },
    ...partyRefusals,
  },
});

/** A change of membership status. */
export const StatusChangeBodySchema = z.object({
  status: z.enum(memberStatuses),
  on: isoDateParam.optional().openapi({ description: 'When it takes effect; today if left out.' }),
  note: z.string().trim().max(500).optional(),
  version: expectedVersion,
});

/** POST /api/members/{memberId}/status */
export const changeStatusRoute = createRoute({
  method: 'post',
  path: '/api/members/{memberId}/status',
  tags: ['Members'],
  summary: "Change a member's status (recorded in the audit log)",
  request: {
    params: MemberParamsSchema,
    body: { required: true, content: { 'application/json': { schema: StatusChangeBodySchema } } },
  },
  responses: {
    200: {
      description: 'The updated member.',
      content: { 'application/json': { schema: MemberViewSchema } },
    },
    400: { description: 'Invalid change.', content: problemContent },
    409: {
      description: 'The record changed since the version the change was made from.',
      content: problemContent,
    },
    ...partyRefusals,
  },
});

/** A move to another branch. */
export const BranchMoveBodySchema = z.object({
  toBranchId: z.string().min(1).max(200),
  on: isoDateParam.optional().openapi({ description: 'When it takes effect; today if left out.' }),
  version: expectedVersion,
});

/** POST /api/members/{memberId}/branch */
export const moveBranchRoute = createRoute({
  method: 'post',
  path: '/api/members/{memberId}/branch',
  tags: ['Members'],
  summary:
    'Move a member to another branch (blocked while they are a voter on an open roll it would take them off)',
  request: {
    params: MemberParamsSchema,
    body: { required: true, content: { 'application/json': { schema: BranchMoveBodySchema } } },
  },
  responses: {
    200: { description: 'The moved member.', content: { 'application/json': { schema: MemberViewSchema } } },
    400: { description: 'Invalid move.', content: problemContent },
    409: {
      description: 'Blocked by an open roll (the detail explains which), or the record changed meanwhile.',
      content: problemContent,
    },
    ...partyRefusals,
  },
});
