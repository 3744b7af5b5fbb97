import { count } from '@shopfloor/shared';
import { z } from 'zod';
import { route } from '../../http/route';

const bbox = z
  .string()
  .transform((v) => v.split(',').map((n) => (n.trim() === '' ? NaN : Number(n))))
  .pipe(
    z
      .tuple(
        [
          z.number().min(-180).max(180),
          z.number().min(-90).max(90),
          z.number().min(-180).max(180),
          z.number().min(-90).max(90),
        ],
        {
          message: 'bbox is west,south,east,north in degrees',
        },
      )
      .refine(([, s, , n]) => s < n, 'bbox south must be below north'),
  );

export const mapQuery = z.object({
  bbox,
  zoom: z.coerce.number().int('zoom must be a whole number').min(0).max(22),
});

export const mapRoutes = [
  route({
    method: 'get',
    path: '/api/map/workplaces',
    summary:
      'Workplace clusters and points in a bounding box at a zoom; national gets suppressed clusters only',
    tag: 'maps',
    access: ['national', 'chapter', 'organizer', 'admin'],
    query: mapQuery,
    response: z.object({
      zoom: z.number(),
      aggregated: z.boolean(),
      features: z.array(
        z.union([
          z.object({
            type: z.literal('cluster'),
            lat: z.number(),
            lng: z.number(),
            count,
            expansionZoom: z.number().nullable(),
          }),
          z.object({
            type: z.literal('workplace'),
            id: z.number(),
            chapterId: z.number(),
            lat: z.number(),
            lng: z.number(),
            employer: z.string(),
            siteName: z.string().nullable(),
            industry: z.string().nullable(),
            members: z.number(),
            stage: z.string().nullable(),
            campaignId: z.number().nullable(),
            campaignVersion: z.number().nullable(),
          }),
        ]),
      ),
    }),
    handler: ({ services, actor, query }) => services.map.workplaces(actor!, query),
  }),
];
