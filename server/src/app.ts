import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Knex } from 'knex';
import { loadSession, logRefusals, requireCsrf, requireTotpEnrolment } from './auth/middleware';
import type { Config } from './config';
import { errorBody, errorHandler } from './http/error-handler';
import { ForbiddenError, UnauthenticatedError } from './http/errors';
import { refuseDeepJson } from './http/json-depth';
import { parseOrThrow, type RouteDef } from './http/route';
import { routeTable } from './routes';
import { createServices, type Services } from './services';

export interface AppDeps {
  db: Knex;
  config: Config;
}

function mount(router: express.Router, def: RouteDef, services: Services) {
  router[def.method](def.path, async (req: Request, res: Response) => {
    const actor = req.session?.actor ?? null;
    if (def.access !== 'public') {
      if (!actor) throw new UnauthenticatedError();
      if (def.access !== 'any' && !def.access.includes(actor.role)) throw new ForbiddenError();
    }
    const params = def.params ? parseOrThrow(def.params, req.params) : req.params;
    const query = def.query ? parseOrThrow(def.query, req.query) : req.query;
    const body = def.body ? parseOrThrow(def.body, req.body ?? {}) : req.body;
    const result = await def.handler({ actor, params, query, body, services, req, res });
    if (def.send !== 'raw') res.status(def.status ?? 200).json(result);
  });
}

function contentSecurityPolicy(config: Config) {
  // Leaflet fills {s} with the subdomains a, b and c: the policy allows them all.
  const tileOrigin = config.tileUrl
    ? new URL(config.tileUrl.replace('{s}', '*').replace(/\{[a-z]\}/g, 'a')).origin
    : null;
  return {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Leaflet positions map panes with inline style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: config.secureCookies ? [] : null,
    },
  };
}

export function createApp({ db, config }: AppDeps) {
  const services = createServices(db, config);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: contentSecurityPolicy(config),
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compression());
  app.use(cookieParser());

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(refuseDeepJson);
  api.use(express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: '40mb' }));
  api.use(loadSession(services.auth));
  api.use(requireTotpEnrolment);
  api.use(requireCsrf);
  for (const def of routeTable) mount(api, def, services);
  api.use('/api', (_req, res) => {
    res.status(404).json(errorBody('not_found', 'No such API route'));
  });
  app.use(api);

  if (config.clientDist && existsSync(join(config.clientDist, 'index.html'))) {
    const dist = config.clientDist;
    // Vite names every file under assets/ by a hash of its content: it never changes.
    app.use(
      '/assets',
      express.static(join(dist, 'assets'), { index: false, immutable: true, maxAge: '1y' }),
    );
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Every other path is a client route: the app shell decides what to show.
    app.get('/{*path}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(dist, 'index.html'));
    });
  }
  app.use(logRefusals(services.auth));
  app.use(errorHandler);
  return Object.assign(app, { services });
}
