import { render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldIssue } from '@shopfloor/shared';
import { useFieldErrors } from '../../client/src/components/ui/use-field-errors';
import { ImportProblem } from '../../client/src/features/workspace/components/import-problem';
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

/** A service's refusal as ValidationError sends it: English `fields`, the key in issues. */
function keyed(field: string, message: string, i18n: string, params: FieldIssue['params'] = {}) {
  return refusal({ [field]: message }, [{ field, code: 'custom', params: { ...params, i18n } }]);
}

describe('keyed service refusals', () => {
  it('says them in Spanish, with their values and nested words', async () => {
    await i18nReady;
    await applyLanguage('es');
    const roster = keyed('memberId', 'Not a member of a chapter in the south', 'notRegionMember', {
      region: 'south',
    });
    expect(renderHook(() => useFieldErrors(roster)).result.current).toEqual({
      memberId: 'No es miembro de ningún capítulo de la región Sur.',
    });
    const back = keyed(
      'note',
      'Moving back from public to committee needs a note saying why',
      'movingBackNeedsNote',
      { from: 'public', to: 'committee' },
    );
    expect(renderHook(() => useFieldErrors(back)).result.current).toEqual({
      note: 'Para volver de Pública a Comité hace falta una nota que explique por qué.',
    });
    const lines = keyed(
      'file',
      'The file has more than 200,000 data lines: split it into smaller files',
      'fileTooLong',
      { max: 200_000 },
    );
    expect(renderHook(() => useFieldErrors(lines)).result.current.file).toBe(
      'El archivo tiene más de 200.000 líneas de datos: divídelo en archivos más pequeños.',
    );
  });

  it('shows a whole-file import error in Spanish in the import wizard', async () => {
    await i18nReady;
    await applyLanguage('es');
    render(<ImportProblem error={keyed('file', 'This is JSON, not a CSV file', 'fileJson')} />);
    expect(screen.getByRole('alert').textContent).toContain('Esto es JSON, no un archivo CSV.');
  });

  it('keeps the English sentence in English', async () => {
    await i18nReady;
    const pod = keyed('pod', 'That pod belongs to another chapter', 'podOtherChapter');
    expect(renderHook(() => useFieldErrors(pod)).result.current).toEqual({
      pod: 'That pod belongs to another chapter.',
    });
  });
});
