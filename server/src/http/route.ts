import type { Request, Response } from 'express';
import type { ZodType } from 'zod';
import { z } from 'zod';
import type { Role } from '@shopfloor/shared';
import type { Actor } from '../auth/policy';
import type { Services } from '../services';
import { ValidationError } from './errors';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route at all; finer rules (whose chapter, whose pod) live in the policy module. */
export type Access = 'public' | 'any' | readonly Role[];

export interface Ctx<B = unknown, Q = unknown, P = unknown> {
  actor: Actor | null;
  body: B;
  query: Q;
  params: P;
  services: Services;
  req: Request;
  res: Response;
}

export interface RouteDef<B = unknown, Q = unknown, P = unknown> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: ZodType<P>;
  query?: ZodType<Q>;
  body?: ZodType<B>;
  /** The body is CSV text rather than JSON. */
  csvBody?: boolean;
  response?: ZodType;
  /** 'json' (default) sends what the handler returns; 'raw' lets the handler write the response. */
  send?: 'json' | 'raw';
  status?: number;
  handler(ctx: Ctx<B, Q, P>): Promise<unknown> | unknown;
}

/** Keeps each route's types tied to its schemas. */
export function route<B = undefined, Q = undefined, P = undefined>(
  def: RouteDef<B, Q, P>,
): RouteDef {
  return def as unknown as RouteDef;
}

export const idParams = z.object({
  id: z.coerce.number().int().positive({ message: 'Must be a positive whole number' }),
});

export function parseOrThrow<T>(schema: ZodType<T>, value: unknown, prefix?: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || (prefix ?? 'body');
    if (!fields[key])
      fields[key] =
        issue.code === 'unrecognized_keys'
          ? `Unknown field(s): ${issue.keys.join(', ')}`
          : issue.message;
  }
  throw new ValidationError(fields);
}
