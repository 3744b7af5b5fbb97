import { z, type ZodType } from 'zod';
import { errorBody } from '@shopfloor/shared';
import type { RouteDef } from './route';

function schema(s: ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

function parameters(s: ZodType | undefined, where: 'path' | 'query') {
  if (!s) return [];
  const json = schema(s, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, sch]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: sch,
  }));
}

/** The OpenAPI 3 document, generated from the route table and its shared zod schemas. */
export function buildOpenApi(routes: readonly RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { content: { 'application/json': { schema: schema(errorBody, 'output') } } };
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      'x-access': r.access,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schema(r.body, 'input') } },
            },
          }
        : r.csvBody
          ? {
              requestBody: {
                required: true,
                content: { 'text/csv': { schema: { type: 'string' } } },
              },
            }
          : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: 'OK',
          ...(r.response
            ? { content: { 'application/json': { schema: schema(r.response, 'output') } } }
            : {}),
        },
        '400': { description: 'Validation error; `fields` names each bad field', ...error },
        ...(r.access === 'public'
          ? {}
          : {
              '401': { description: 'Not logged in', ...error },
              '403': { description: 'Not allowed', ...error },
            }),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Shopfloor API',
      version: '0.1.0',
      description: 'Workplace mapping for labor organizing. See docs/API.md.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sf_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
