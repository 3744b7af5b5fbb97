/**
 * The first part of every query key in this feature. Petitions and votes change each other (a
 * signature that qualifies a petition calls a vote), so hooks invalidate by these roots.
 */
export const rootKeys = {
  petitions: ['petitions'],
  votes: ['votes'],
} as const;
