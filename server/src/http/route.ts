import type { Request, Response } from 'express';
import type { ZodType, core } from 'zod';
import { z } from 'zod';
import type { FieldIssue, FieldIssueParams, Role } from '@shopfloor/shared';
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
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || (prefix ?? 'body');
    if (!fields[key]) {
      fields[key] =
        issue.code === 'unrecognized_keys'
          ? `Unknown field(s): ${issue.keys.join(', ')}`
          : issue.message;
      issues.push({ field: key, code: issue.code, params: issueParams(issue, value) });
    }
  }
  throw new ValidationError(fields, undefined, issues);
}

type Primitive = string | number | boolean | null;

function primitive(value: unknown): Primitive | undefined {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

/** What kind of value was sent, never the value itself. */
function kindAt(input: unknown, path: readonly PropertyKey[]): string {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return 'undefined';
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node === null ? 'null' : Array.isArray(node) ? 'array' : typeof node;
}

/**
 * The parameters of a zod issue that a client needs to say it in its own language. Nothing of
 * the request's values travels back, except the unknown keys (already in the English sentence).
 */
function issueParams(issue: core.$ZodIssue, input: unknown): FieldIssueParams {
  switch (issue.code) {
    case 'too_small':
      return {
        minimum: primitive(issue.minimum) ?? null,
        origin: issue.origin,
        inclusive: issue.inclusive ?? true,
      };
    case 'too_big':
      return {
        maximum: primitive(issue.maximum) ?? null,
        origin: issue.origin,
        inclusive: issue.inclusive ?? true,
      };
    case 'invalid_format': {
      const params: FieldIssueParams = { format: issue.format };
      if ('prefix' in issue && typeof issue.prefix === 'string') params.prefix = issue.prefix;
      if ('suffix' in issue && typeof issue.suffix === 'string') params.suffix = issue.suffix;
      if ('includes' in issue && typeof issue.includes === 'string')
        params.includes = issue.includes;
      return params;
    }
    case 'invalid_type':
      return { expected: issue.expected, received: kindAt(input, issue.path) };
    case 'invalid_value':
      return {
        values: issue.values
          .map(primitive)
          .filter((v): v is Primitive => v !== undefined)
          .slice(0, 50),
      };
    case 'not_multiple_of':
      return { divisor: primitive(issue.divisor) ?? null };
    case 'unrecognized_keys':
      return { keys: issue.keys.slice(0, 20).map((k) => k.slice(0, 100)) };
    case 'custom': {
      const params: FieldIssueParams = {};
      for (const [name, value] of Object.entries(issue.params ?? {})) {
        const p = primitive(value);
        if (p !== undefined) params[name] = p;
      }
      return params;
    }
    default:
      return {};
  }
}
