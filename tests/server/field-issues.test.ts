import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorBody } from '@shopfloor/shared';
import { errorHandler } from '../../server/src/http/error-handler';
import { ValidationError } from '../../server/src/http/errors';
import { parseOrThrow } from '../../server/src/http/route';

/** Field errors keep `fields` (English) and add `issues`: zod's code and params, to translate. */
const schema = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.email(),
    heldOn: z.iso.date(),
    kind: z.enum(['meeting', 'training']),
    count: z.number().int().min(1),
    opensOn: z.iso.date().optional(),
    closesOn: z.iso.date().optional(),
  })
  .strict()
  .refine((v) => !v.opensOn || !v.closesOn || v.opensOn <= v.closesOn, {
    message: 'Closes before it opens',
    path: ['closesOn'],
    params: { i18n: 'closesBeforeOpens' },
  });

const app = express();
app.use(express.json());
app.post('/zod', (req, res) => {
  res.json(parseOrThrow(schema, req.body));
});
app.post('/service', () => {
  throw new ValidationError({
    closesOn: { message: 'Voting closes before it opens', key: 'closesBeforeOpens' },
    from: {
      message: 'Ask for at most 36 months at a time',
      key: 'tooManyMonths',
      params: { max: 36 },
    },
    pod: 'There is no such pod',
  });
});
app.use(errorHandler);

describe('field issues', () => {
  it('answers a zod failure with issues (code and params) beside the English fields', async () => {
    const res = await request(app)
      .post('/zod')
      .send({ name: 'x'.repeat(121), email: 'nope', heldOn: '2024-13-45', kind: 'party' })
      .expect(400);
    expect(errorBody.parse(res.body)).toEqual(res.body);
    const { fields, issues, code } = res.body.error;
    expect(code).toBe('validation');
    expect(fields).toEqual({
      name: expect.stringMatching(/120/),
      email: expect.any(String),
      heldOn: expect.any(String),
      kind: expect.any(String),
      count: expect.any(String),
    });
    const byField = Object.fromEntries(
      (issues as { field: string }[]).map((issue) => [issue.field, issue]),
    );
    expect(Object.keys(byField).sort()).toEqual(Object.keys(fields).sort());
    expect(byField.name).toEqual({
      field: 'name',
      code: 'too_big',
      params: { maximum: 120, origin: 'string', inclusive: true },
    });
    expect(byField.email).toMatchObject({ code: 'invalid_format', params: { format: 'email' } });
    expect(byField.heldOn).toMatchObject({ code: 'invalid_format', params: { format: 'date' } });
    expect(byField.kind).toEqual({
      field: 'kind',
      code: 'invalid_value',
      params: { values: ['meeting', 'training'] },
    });
    expect(byField.count).toMatchObject({
      code: 'invalid_type',
      params: { expected: 'number', received: 'undefined' },
    });
  });

  it('carries numeric limits, the sent type (never the value) and refinement keys', async () => {
    const res = await request(app)
      .post('/zod')
      .send({
        name: 'Ana',
        email: 'ana@example.org',
        heldOn: '2024-05-01',
        kind: 'meeting',
        count: 'secret-text',
        opensOn: '2024-05-10',
        closesOn: '2024-05-01',
      })
      .expect(400);
    const { issues } = res.body.error;
    expect(issues).toEqual([
      {
        field: 'count',
        code: 'invalid_type',
        params: { expected: 'number', received: 'string' },
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('secret-text');

    const small = await request(app)
      .post('/zod')
      .send({ name: 'Ana', email: 'a@b.org', heldOn: '2024-05-01', kind: 'meeting', count: 0 })
      .expect(400);
    expect(small.body.error.issues).toEqual([
      {
        field: 'count',
        code: 'too_small',
        params: { minimum: 1, origin: 'number', inclusive: true },
      },
    ]);

    const refined = await request(app)
      .post('/zod')
      .send({
        name: 'Ana',
        email: 'a@b.org',
        heldOn: '2024-05-01',
        kind: 'meeting',
        count: 2,
        opensOn: '2024-05-10',
        closesOn: '2024-05-01',
      })
      .expect(400);
    expect(refined.body.error.fields).toEqual({ closesOn: 'Closes before it opens' });
    expect(refined.body.error.issues).toEqual([
      { field: 'closesOn', code: 'custom', params: { i18n: 'closesBeforeOpens' } },
    ]);
  });

  it('says unknown keys as before, and lists them', async () => {
    const res = await request(app)
      .post('/zod')
      .send({
        name: 'Ana',
        email: 'a@b.org',
        heldOn: '2024-05-01',
        kind: 'meeting',
        count: 1,
        x: 1,
      })
      .expect(400);
    expect(res.body.error.fields).toEqual({ body: 'Unknown field(s): x' });
    expect(res.body.error.issues).toEqual([
      { field: 'body', code: 'unrecognized_keys', params: { keys: ['x'] } },
    ]);
  });

  it('passes a service refusal’s key, and leaves plain refusals as English only', async () => {
    const res = await request(app).post('/service').expect(400);
    expect(res.body.error.fields).toEqual({
      closesOn: 'Voting closes before it opens',
      from: 'Ask for at most 36 months at a time',
      pod: 'There is no such pod',
    });
    expect(res.body.error.issues).toEqual([
      { field: 'closesOn', code: 'custom', params: { i18n: 'closesBeforeOpens' } },
      { field: 'from', code: 'custom', params: { max: 36, i18n: 'tooManyMonths' } },
    ]);
  });
});
