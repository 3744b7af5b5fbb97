import { z } from 'zod';
import { route } from '../../http/route';

export const healthRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database reachability',
    tag: 'operations',
    access: 'public',
    response: z.object({ ok: z.boolean(), db: z.enum(['ok', 'unreachable']) }),
    send: 'raw',
    async handler({ services, res }) {
      try {
        await services.db.raw('select 1');
        res.json({ ok: true, db: 'ok' });
      } catch {
        res.status(503).json({ ok: false, db: 'unreachable' });
      }
    },
  }),
];
