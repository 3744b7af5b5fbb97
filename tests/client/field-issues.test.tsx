import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldIssue } from '@shopfloor/shared';
import { useFieldErrors } from '../../client/src/components/ui/use-field-errors';
import { applyLanguage, i18nReady } from '../../client/src/i18n';
import { ApiError } from '../../client/src/lib/http';

/** A 400 as the API sends it: English `fields`, and `issues` to say them in the reader's language. */
function refusal(fields: Record<string, string>, issues: FieldIssue[]) {
  return Object.assign(new ApiError(400, 'validation', 'Some fields need fixing', fields), {
    issues,
  });
}

const tooLong = refusal(
  {
    title: 'Too big: expected string to have <=120 characters',
    target: 'Too big: expected number to be <=10000000',
    contact: 'Invalid email address',
    kind: 'Invalid option: expected one of "meeting"|"training"',
    closesOn: 'Closes before it opens',
    zip: 'Invalid input: expected string, received undefined',
    pod: 'There is no such pod',
  },
  [
    {
      field: 'title',
      code: 'too_big',
      params: { maximum: 120, origin: 'string', inclusive: true },
    },
    {
      field: 'target',
      code: 'too_big',
      params: { maximum: 10_000_000, origin: 'number', inclusive: true },
    },
    { field: 'contact', code: 'invalid_format', params: { format: 'email' } },
    { field: 'kind', code: 'invalid_value', params: { values: ['meeting', 'training'] } },
    { field: 'closesOn', code: 'custom', params: { i18n: 'closesBeforeOpens' } },
    { field: 'zip', code: 'invalid_type', params: { expected: 'string', received: 'undefined' } },
  ],
);

afterEach(() => applyLanguage('en'));

describe('field errors from issues', () => {
  it('says a too-long field in Spanish with its limit', async () => {
    await i18nReady;
    await applyLanguage('es');
    const { result } = renderHook(() => useFieldErrors(tooLong));
    expect(result.current).toEqual({
      title: 'Usa como máximo 120 caracteres.',
      target: 'Escribe un número igual o menor que 10.000.000.',
      contact: 'Escribe un correo electrónico válido.',
      kind: 'Elige una de las opciones.',
      closesOn: 'La votación tiene que cerrar el mismo día en que abre o después.',
      // The field's own sentence still wins over the generic one.
      zip: 'Revisa el código postal: tiene que ser un código postal (ZIP) de EE. UU. de 5 dígitos que exista, como 27701.',
      // No issue: the server's English words.
      pod: 'There is no such pod',
    });
  });

  it('says them in English too, and keeps plain fields when there are no issues', async () => {
    await i18nReady;
    await applyLanguage('en');
    const { result } = renderHook(() => useFieldErrors(tooLong));
    expect(result.current.title).toBe('Use at most 120 characters.');
    expect(result.current.target).toBe('Enter a number of 10,000,000 or less.');
    const plain = new ApiError(400, 'validation', 'x', {
      employer: 'Employer needs letters',
      other: 'Nope',
    });
    const { result: old } = renderHook(() => useFieldErrors(plain));
    expect(old.current).toEqual({ employer: 'Write the name of the employer.', other: 'Nope' });
  });
});
