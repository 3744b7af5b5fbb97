import { describe, expect, it } from 'vitest';
import { isConnectionError } from '../../server/src/http/error-handler';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

/** What node-postgres, knex and the OS raise when the database goes away: all become 503. */
describe('connection errors', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED')],
    ['reset', withCode('ECONNRESET')],
    ['timed out', withCode('ETIMEDOUT')],
    [
      'admin shutdown (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['crash shutdown (57P02)', withCode('57P02')],
    ['starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['connection failure (08006)', withCode('08006')],
    ['dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['broken client', new Error('Client has encountered a connection error and is not queryable')],
    [
      'pool timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
    ],
  ])('%s', (_what, err) => {
    expect(isConnectionError(err)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a SQLite constraint', withCode('SQLITE_CONSTRAINT')],
    ['a plain error', new Error('boom')],
    ['nothing', undefined],
    ['a numeric code', Object.assign(new Error('x'), { code: 8 })],
  ])('not %s', (_what, err) => {
    expect(isConnectionError(err)).toBe(false);
  });
});
