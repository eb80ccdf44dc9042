import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { csrfProtection } from './auth/csrf';
import { resolveActor } from './auth/resolve-actor';
import { renderApiDocs } from './docs/render-api-docs';
import { registerAuthRoutes } from './features/auth/auth.routes';
import { registerCountRoutes } from './features/count/count.routes';
import { registerHealthRoutes } from './features/health/health.routes';
import { registerImportRoutes } from './features/import/import.routes';
import { registerMeRoutes } from './features/me/me.routes';
import { registerMembersRoutes } from './features/members/members.routes';
import { registerResultsRoutes } from './features/results/results.routes';
import { registerRollsRoutes } from './features/rolls/rolls.routes';
import { registerUnitsRoutes } from './features/units/units.routes';
import type { AppDeps, AppEnv } from './http/env';
import { ProblemError, problemDocument, problemResponse } from './http/problem';
import { serveWebApp } from './http/serve-web-app';

/** Largest request body the API accepts, in bytes. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Builds the HTTP application: API routes, OpenAPI document and docs, and the web app. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const errors = result.error.issues.map((issue) => ({
          path: issue.path.join('.') || '(body)',
          message: issue.message,
        }));
        return problemResponse(
          problemDocument('validation-failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
            instance: c.req.path,
            errors,
          }),
        );
      }
    },
  });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    const logger = deps.logger.child({ requestId: c.get('requestId') });
    c.set('logger', logger);
    const started = performance.now();
    await next();
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', resolveActor(deps));
  app.use('/api/*', csrfProtection());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problemResponse(
          problemDocument(
            'payload-too-large',
            `Request bodies are limited to ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
            {
              instance: c.req.path,
            },
          ),
        ),
    }),
  );

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerCountRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerUnitsRoutes(app, deps);
  registerMembersRoutes(app, deps);
  registerRollsRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerResultsRoutes(app, deps);

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Caucus API',
      version: deps.config.version,
      description:
        'The HTTP API of Caucus. Errors use RFC 9457 problem documents (application/problem+json).',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
  };
  app.doc31('/api/openapi.json', openApiConfig);
  app.get('/api/docs', (c) => c.html(renderApiDocs(app.getOpenAPI31Document(openApiConfig))));

  app.all('/api/*', (c) =>
    problemResponse(
      problemDocument('not-found', `There is no API endpoint ${c.req.method} ${c.req.path}. See /api/docs.`, {
        instance: c.req.path,
      }),
    ),
  );

  app.get('*', serveWebApp(deps.config.rootDir));

  app.onError((error, c) => {
    if (error instanceof ProblemError) {
      return problemResponse(
        problemDocument(error.problemType, error.detail, {
          instance: c.req.path,
          ...(error.errors ? { errors: error.errors } : {}),
        }),
        error.headers,
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      const type =
        error.status === 404 ? 'not-found' : error.status === 413 ? 'payload-too-large' : 'validation-failed';
      return problemResponse(problemDocument(type, error.message || 'The request could not be processed.'));
    }
    (c.get('logger') ?? deps.logger).error({ err: error, path: c.req.path }, 'unhandled error');
    return problemResponse(
      problemDocument(
        'internal-error',
        `The server failed to handle this request (id ${c.get('requestId')}).`,
        {
          instance: c.req.path,
        },
      ),
    );
  });

  return app;
}
