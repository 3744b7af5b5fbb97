import type { ErrorRequestHandler } from 'express';
import type { FieldIssue } from '@shopfloor/shared';
import { AppError, RateLimitedError } from './errors';

export function errorBody(
  code: string,
  message: string,
  fields?: Record<string, string>,
  issues?: FieldIssue[],
) {
  return {
    error: {
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(fields && issues?.length ? { issues } : {}),
    },
  };
}

interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/** The one place errors become responses: the API.md error shape, and never a stack trace. */
export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof AppError) {
    if (err instanceof RateLimitedError)
      res.setHeader('Retry-After', String(err.retryAfterSeconds));
    res.status(err.status).json(errorBody(err.code, err.message, err.fields, err.issues));
    return;
  }
  const status = (err as HttpishError).status ?? (err as HttpishError).statusCode;
  const type = (err as HttpishError).type;
  if (status === 413 || type === 'entity.too.large') {
    res
      .status(413)
      .json(errorBody('payload_too_large', 'The request body is larger than the server accepts'));
    return;
  }
  if (status === 400 && (type === 'entity.parse.failed' || err instanceof SyntaxError)) {
    res
      .status(400)
      .json(
        errorBody('validation', 'The request body is not valid JSON', { body: 'not valid JSON' }),
      );
    return;
  }
  if (status && status >= 400 && status < 500) {
    res.status(status).json(errorBody('validation', 'The request could not be read'));
    return;
  }
  if (isUniqueViolation(err)) {
    // Two writers raced past the service's own duplicate check; the database's index held.
    res
      .status(409)
      .json(
        errorBody('conflict', 'This record already exists (someone saved it at the same moment)'),
      );
    return;
  }
  if (isConnectionError(err)) {
    res
      .status(503)
      .json(errorBody('unavailable', 'The database is not reachable; try again shortly'));
    return;
  }
  // Never the request body; and Knex writes the failed query into the message with its bound
  // values (an email, a name), so quoted values are masked before anything reaches the log.
  console.error(
    '[error]',
    err instanceof Error ? maskQuoted(err.stack ?? err.message) : typeof err,
  );
  res
    .status(500)
    .json(errorBody('internal', 'Something went wrong on our side; the error was logged'));
};

// Socket errors, PostgreSQL's class 08 (connection exception) and 57P01-57P03 (shut down, crashed,
// starting up), and node-postgres's own messages for a connection that dropped mid-query.
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);
const connectionMessages =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|Connection ended unexpectedly/i;

export function maskQuoted(text: string): string {
  return text.replace(/'(?:[^'\\]|''|\\.)*'/g, "'…'");
}

export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: unknown; name?: string; message?: string } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  return (
    connectionCodes.has(code) ||
    code.startsWith('08') ||
    e?.name === 'KnexTimeoutError' ||
    connectionMessages.test(e?.message ?? '')
  );
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; message?: string };
  return e?.code === '23505' || (e?.code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test(e.message ?? ''));
}
