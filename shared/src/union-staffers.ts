import { z } from 'zod';
import { stateCode } from './geo';

/**
 * Members in good standing who said they work for a union (the opt-in on their member page), for
 * national staff who coordinate union staffers. Nobody else is listed.
 */
export const unionStaffer = z.object({
  memberId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  chapter: z.object({ id: z.number().int(), name: z.string(), state: z.string() }),
  unionName: z.string().nullable(),
  unionLocal: z.string().nullable(),
});
export type UnionStaffer = z.infer<typeof unionStaffer>;

export const unionStaffersQuery = z.object({
  /** The union's name, matched without regard to case. */
  union: z.string().trim().min(1).max(120).optional(),
  state: stateCode.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
});
export type UnionStaffersQuery = z.infer<typeof unionStaffersQuery>;

/** Items by union, then state, then name; `byUnion` counts every match (not just this page). */
export const unionStaffersPage = z.object({
  items: z.array(unionStaffer),
  nextCursor: z.string().nullable(),
  byUnion: z.array(
    z.object({
      unionName: z.string().nullable(),
      total: z.number().int(),
      byState: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type UnionStaffersPage = z.infer<typeof unionStaffersPage>;
