import { regionsResponse } from '@shopfloor/shared';
import { z } from 'zod';
import { route } from '../../http/route';

export const geoRoutes = [
  route({
    method: 'get',
    path: '/api/regions',
    summary: 'Census regions and divisions, the states, and which are in the South',
    tag: 'geography',
    access: 'any',
    response: regionsResponse,
    handler: ({ services }) => services.geo.regions(),
  }),
  route({
    method: 'get',
    path: '/api/geo/states',
    summary: 'State shapes as GeoJSON (Census cartographic boundaries, served offline)',
    tag: 'geography',
    access: 'any',
    response: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
    send: 'raw',
    handler({ services, res }) {
      res.setHeader('Cache-Control', 'private, max-age=86400');
      res.json(services.geo.stateShapes());
    },
  }),
];
