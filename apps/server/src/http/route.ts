import type { Decision, Actor as PartyActor } from '@caucus/party';
import type { OpenAPIHono, RouteConfig, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor, SignedInActor } from '../context/actor';
import { partyActorOf } from '../context/party-actor';
import { createRequestContext, type RequestContext } from '../context/request-context';
import type { AppDeps, AppEnv } from './env';
import { ProblemError } from './problem';

type SchemaOf<T> = T extends z.ZodType ? z.output<T> : undefined;
type RequestOf<R extends RouteConfig> = R['request'] extends object ? R['request'] : Record<never, never>;
type BodySchemaOf<R extends RouteConfig> =
  RequestOf<R> extends {
    body: { content: { 'application/json': { schema: infer S } } };
  }
    ? S
    : undefined;

/** A route's validated input: path parameters, query and JSON body, typed from its OpenAPI definition. */
export interface RouteInput<R extends RouteConfig> {
  readonly params: SchemaOf<RequestOf<R> extends { params: infer P } ? P : undefined>;
  readonly query: SchemaOf<RequestOf<R> extends { query: infer Q } ? Q : undefined>;
  readonly body: SchemaOf<BodySchemaOf<R>>;
}

/** Status codes a route declares a JSON body for. */
export type JsonStatus<R extends RouteConfig> = {
  [S in keyof R['responses']]: R['responses'][S] extends { content: { 'application/json': unknown } }
    ? S
    : never;
}[keyof R['responses']] &
  number;

/** Status codes a route declares (with or without a body). */
export type DeclaredStatus<R extends RouteConfig> = keyof R['responses'] & number;

/** The JSON body a route declares for a status, as its presenter must build it (null for a status without one). */
export type JsonBody<R extends RouteConfig, S extends keyof R['responses']> = R['responses'][S] extends {
  content: { 'application/json': { schema: infer Z } };
}
  ? Z extends z.ZodType
    ? z.input<Z>
    : never
  : null;

/** Who may call a route: anyone, or only someone signed in (anonymous requests get 401 before anything runs). */
export type Access = 'public' | 'signed-in';

/** One request as each step of the chain sees it. */
export interface RouteRequest<R extends RouteConfig, A extends Access> {
  readonly deps: AppDeps;
  /** The Hono context, for the few routes that read raw bodies or write cookies and headers. */
  readonly c: Context<AppEnv>;
  readonly actor: A extends 'signed-in' ? SignedInActor : Actor;
  /** The party model's view of the actor (its member record and roles); null when anonymous. */
  readonly party: A extends 'signed-in' ? PartyActor : PartyActor | null;
  readonly context: RequestContext;
  readonly input: RouteInput<R>;
}

const REPLY = Symbol('reply');

/** A response with a status chosen by the presenter (e.g. 422 for an import with errors); made by `reply`. */
export interface Reply<R extends RouteConfig, S extends DeclaredStatus<R>> {
  readonly [REPLY]: true;
  readonly status: S;
  readonly body: JsonBody<R, S>;
}

/** A presenter's answer with its own status, e.g. `reply(422, plan)`. */
export function reply<R extends RouteConfig, S extends DeclaredStatus<R>>(
  status: S,
  body: JsonBody<R, S>,
): Reply<R, S> {
  return { [REPLY]: true, status, body };
}

/**
 * The steps of one route, in the order they run: actor (by `access`) → context (lazy, per request) → `load` the
 * resource → `authorize` it (a `Decision`; refusals become 401/403 problems) → `run` the command → `present` it.
 */
export interface RouteSpec<
  R extends RouteConfig,
  A extends Access,
  Resource,
  Result,
  S extends DeclaredStatus<R>,
> {
  readonly access: A;
  /** Loads what the route acts on (a 404 problem when it does not exist). */
  readonly load?: (request: RouteRequest<R, A>) => Promise<Resource>;
  /** The policy decision for this actor and resource; leave out only on public routes. */
  readonly authorize?: (request: RouteRequest<R, A>, resource: Resource) => Decision | Promise<Decision>;
  /** The one command that acts (or reads). */
  readonly run: (request: RouteRequest<R, A>, resource: Resource) => Result | Promise<Result>;
  /** Turns the result into the route's declared response body (redaction happens here and only here). */
  readonly present: (
    request: RouteRequest<R, A>,
    result: Result,
  ) => JsonBody<R, S> | Reply<R, S> | Promise<JsonBody<R, S> | Reply<R, S>>;
  /** The success status; 200 unless given. */
  readonly status?: S;
}

/** A route ready to register: its OpenAPI definition and the handler built from its steps. */
export interface DefinedRoute {
  readonly config: RouteConfig;
  register(app: OpenAPIHono<AppEnv>, deps: AppDeps): void;
}

/** Throws the matching problem when a policy refuses: 401 for anonymous actors, 403 otherwise. */
export function authorize(actor: Actor, decision: Decision): void {
  if (decision.allowed) return;
  throw new ProblemError(
    actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden',
    `You are not allowed to do this: ${decision.reason}.`,
  );
}

function isReply(value: unknown): value is { status: number; body: unknown } {
  return typeof value === 'object' && value !== null && REPLY in value;
}

function inputOf<R extends RouteConfig>(config: R, c: Context<AppEnv>): RouteInput<R> {
  // Hono's `valid` is typed per route; here the route is generic, so each target is read only if declared.
  const valid = c.req.valid.bind(c.req) as (target: string) => unknown;
  const request = config.request;
  return {
    params: request?.params === undefined ? undefined : valid('param'),
    query: request?.query === undefined ? undefined : valid('query'),
    body: request?.body?.content?.['application/json'] === undefined ? undefined : valid('json'),
  } as RouteInput<R>;
}

/** Defines a route from its OpenAPI definition and its steps (see `RouteSpec`). */
export function defineRoute<
  R extends RouteConfig,
  A extends Access,
  Resource = undefined,
  Result = Resource,
  S extends DeclaredStatus<R> = JsonStatus<R>,
>(config: R, spec: RouteSpec<R, A, Resource, Result, S>): DefinedRoute {
  return {
    config,
    register(app, deps) {
      const handler = async (c: Context<AppEnv>) => {
        const actor = c.get('actor');
        const party = partyActorOf(actor);
        if (spec.access === 'signed-in' && (actor.kind !== 'user' || party === null)) {
          throw new ProblemError('unauthenticated', 'You need to sign in for this: sign in, then try again.');
        }
        // Sound: the check above guarantees a signed-in actor (and its party view) on 'signed-in' routes.
        const request = {
          deps,
          c,
          actor,
          party,
          context: createRequestContext(deps),
          input: inputOf(config, c),
        } as RouteRequest<R, A>;
        const resource = spec.load === undefined ? (undefined as Resource) : await spec.load(request);
        if (spec.authorize !== undefined) authorize(actor, await spec.authorize(request, resource));
        const result = await spec.run(request, resource);
        const presented = await spec.present(request, result);
        const status = isReply(presented) ? presented.status : (spec.status ?? 200);
        const body = isReply(presented) ? presented.body : presented;
        if (body === null) return c.body(null, status as never);
        if (deps.config.validateResponses) assertDeclaredBody(config, status, body);
        return c.json(body as never, status as never);
      };
      // Sound: the handler answers with a body its presenter typed against this route's declared responses.
      app.openapi(config, handler as never);
    },
  };
}

/**
 * Checks a response body against the route's declared schema (strict objects refuse undeclared fields), so that
 * a test fails when the server sends what its OpenAPI document — and so the web client's types — do not say.
 */
export function assertDeclaredBody(config: RouteConfig, status: number, body: unknown): void {
  const response = config.responses[status];
  const media =
    response !== undefined && 'content' in response ? response.content?.['application/json'] : undefined;
  const declared = media !== undefined && 'schema' in media ? media.schema : undefined;
  if (declared === undefined) {
    throw new Error(
      `${config.method.toUpperCase()} ${config.path} answered ${status}, which it does not declare`,
    );
  }
  const result = (declared as z.ZodType).safeParse(body);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
    );
    throw new Error(
      `${config.method.toUpperCase()} ${config.path} ${status} does not match its declared schema: ${problems.join('; ')}`,
    );
  }
}

/** Registers a feature's routes on the app. */
export function registerRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: AppDeps,
  routes: readonly DefinedRoute[],
): void {
  for (const route of routes) route.register(app, deps);
}
