import type { NextFunction, Request, Response } from 'express';
import { ValidationError } from './errors';

export const MAX_JSON_DEPTH = 32;

/** How deep a parsed JSON value nests, counted without recursion (so a hostile body cannot blow the stack). */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Refuses request bodies nested deeper than any form of ours needs. */
export function refuseDeepJson(req: Request, _res: Response, next: NextFunction) {
  if (req.body && typeof req.body === 'object' && jsonDepth(req.body) > MAX_JSON_DEPTH) {
    return next(
      new ValidationError(
        {
          body: {
            message: `nested deeper than ${MAX_JSON_DEPTH} levels`,
            key: 'nestedTooDeep',
            params: { max: MAX_JSON_DEPTH },
          },
        },
        'The request body is nested too deeply',
      ),
    );
  }
  next();
}
