import type { FieldIssue, FieldIssueParams } from '@shopfloor/shared';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** The same refusals in a translatable form (code, sentence key, parameters). */
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

/**
 * A field's refusal: the English sentence, or that sentence with a stable key (and its
 * parameters) that a client translates, e.g. `{ message: 'Voting closes before it opens',
 * key: 'closesBeforeOpens' }`. The key travels as `issues[].params.i18n`.
 */
export type FieldRefusal = string | { message: string; key: string; params?: FieldIssueParams };

export class ValidationError extends AppError {
  constructor(
    fields: Record<string, FieldRefusal>,
    message = 'Some fields need fixing',
    issues?: FieldIssue[],
  ) {
    const english: Record<string, string> = {};
    const keyed: FieldIssue[] = [];
    for (const [field, refusal] of Object.entries(fields)) {
      if (typeof refusal === 'string') english[field] = refusal;
      else {
        english[field] = refusal.message;
        keyed.push({ field, code: 'custom', params: { ...refusal.params, i18n: refusal.key } });
      }
    }
    super(400, 'validation', message, english, issues ?? (keyed.length ? keyed : undefined));
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = 'Log in to continue') {
    super(401, 'unauthenticated', message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this') {
    super(403, 'forbidden', message);
  }
}
export class NotFoundError extends AppError {
  constructor(what = 'Record') {
    super(404, 'not_found', `${what} not found`);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super(409, 'conflict', message, fields);
  }
}
export class StaleVersionError extends AppError {
  constructor() {
    super(
      409,
      'stale_version',
      'Someone else changed this record first: reload it and apply your change again',
      {
        version: 'stale',
      },
    );
  }
}
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'rate_limited', message);
  }
}
