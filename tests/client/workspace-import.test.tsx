import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportProblemCode, ImportResult } from '@shopfloor/shared';
import { loggedIn, triangleChapter, triangleCommittee } from './helpers/fixtures';
import { mockApi, type ApiCall } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { dryRun } from './helpers/workspace-fixtures';

const roster = [
  'ak_id,first_name,last_name,zip,Cell',
  '100301,Rosa,Martínez,27701,919-555-0101',
  '100302,Sam,Lee,27705,919-555-0102',
  '100303,Ana,Ruiz,99999,919-555-0103',
  '100304,Jo,Park,27707,919-555-0104',
].join('\n');

function params(call: ApiCall) {
  return Object.fromEntries(new URL(call.url, 'http://x').searchParams);
}

/** Answers each import request the way the server would for this roster. */
function importApi() {
  return mockApi({
    'GET /api/auth/session': loggedIn(triangleCommittee),
    'GET /api/chapters/7': { body: triangleChapter },
    'POST /api/chapters/7/import/members': (call) => {
      const { dryRun: isDry, mapping } = params(call);
      const csv = call.body as string;
      const fixed = !csv.includes('99999');
      const columns = dryRun().columns.map((c) =>
        c.header === 'Cell' && mapping ? { ...c, field: 'phone' } : c,
      );
      const result: ImportResult = dryRun({
        columns,
        created: fixed ? 4 : 3,
        rejected: fixed ? [] : dryRun().rejected,
      });
      if (isDry === 'true') return { body: result };
      return { body: { ...result, dryRun: false, committed: true } };
    },
  });
}

// jsdom's File has no text(); browsers do, and the wizard reads the chosen file with it.
beforeAll(() => {
  if (typeof Blob.prototype.text === 'function') return;
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsText(this);
    });
  };
});

// Whole flows through the lazily loaded pages, typed key by key: slower than one assertion.
describe('roster import wizard', { timeout: 20_000 }, () => {
  it('checks the file, remaps a column, fixes the rejected line, then imports', async () => {
    const { calls } = importApi();
    const { user } = renderApp('/chapter/import');
    const imports = () => calls.filter((c) => c.url.includes('/import/members'));

    await user.upload(
      await screen.findByLabelText('CSV file'),
      new File([roster], 'triangle.csv', { type: 'text/csv' }),
    );

    // 1. The dry run: the file goes as CSV text, and nothing is committed.
    const preview = await screen.findByTestId('import-preview');
    expect(imports()).toHaveLength(1);
    expect(imports()[0]!.headers.get('Content-Type')).toBe('text/csv');
    expect(imports()[0]!.body).toBe(roster);
    expect(params(imports()[0]!)).toEqual({ dryRun: 'true', skipRejected: 'false' });
    expect(within(preview).getByText('New members').nextSibling).toHaveTextContent('3');
    const rejected = within(preview).getByRole('table', { name: 'Rejected lines' });
    expect(within(rejected).getByRole('rowheader', { name: '4' })).toBeInTheDocument();
    expect(rejected).toHaveTextContent('99999 is not a US ZIP code we know');

    // 2. Mapping: the unrecognized column is read as the phone number, and the file checked again.
    const cell = screen.getByLabelText('Column Cell');
    expect(cell).toHaveDisplayValue("Don't import");
    await user.selectOptions(cell, 'Phone');
    await screen.findByRole('button', { name: 'Import and skip 1 rejected line' });
    expect(params(imports()[1]!)).toMatchObject({ dryRun: 'true', mapping: '{"Cell":"phone"}' });
    expect(screen.getByLabelText('Column Cell')).toHaveDisplayValue('Phone');

    // 3. The rejected line, as written in the file, fixed here and checked again.
    const line = screen.getByRole('textbox', { name: 'Line 4' });
    expect(line).toHaveValue('100303,Ana,Ruiz,99999,919-555-0103');
    await user.clear(line);
    await user.type(line, '100303,Ana,Ruiz,27713,919-555-0103');
    await user.click(screen.getByRole('button', { name: 'Check again' }));

    const commit = await screen.findByRole('button', { name: 'Import 5 members' });
    expect(screen.queryByRole('table', { name: 'Rejected lines' })).not.toBeInTheDocument();
    const sent = imports()[2]!;
    expect((sent.body as string).split('\n')[3]).toBe('100303,Ana,Ruiz,27713,919-555-0103');
    expect(params(sent)).toMatchObject({ mapping: '{"Cell":"phone"}' });

    // 4. Commit, with the same mapping and the fixed file.
    await user.click(commit);
    expect(await screen.findByRole('heading', { name: 'The roster is imported' })).toBeVisible();
    const committed = imports()[3]!;
    expect(params(committed)).toEqual({
      dryRun: 'false',
      skipRejected: 'false',
      mapping: '{"Cell":"phone"}',
    });
    expect(committed.body).toBe(sent.body);
    expect(screen.getByRole('link', { name: 'See the workplaces' })).toHaveAttribute(
      'href',
      '/chapter/workplaces',
    );
  });

  it('can import the good lines and skip the rejected ones', async () => {
    const { calls } = importApi();
    const { user } = renderApp('/chapter/import');
    await user.type(await screen.findByLabelText('Paste the CSV text'), roster);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    await user.click(
      await screen.findByRole('button', { name: 'Import and skip 1 rejected line' }),
    );

    await screen.findByRole('heading', { name: 'The roster is imported' });
    const last = calls.filter((c) => c.url.includes('/import/members')).at(-1)!;
    expect(params(last)).toEqual({ dryRun: 'false', skipRejected: 'true' });
  });

  it("words each rejection reason in the reader's language, from its code", async () => {
    const zip = 'zip: 99999 is not a US ZIP code';
    const unmapped = 'first_name: no column of the file is mapped to firstName';
    const newer = 'Cell: 919-555-0103 is a fax number';
    mockApi({
      'GET /api/auth/session': loggedIn({ ...triangleCommittee, language: 'es' }),
      'GET /api/chapters/7': { body: triangleChapter },
      'POST /api/chapters/7/import/members': {
        body: dryRun({
          rejected: [
            {
              line: 4,
              errors: [zip, unmapped, newer],
              problems: [
                {
                  code: 'unknown_zip',
                  field: 'zip',
                  column: 'zip',
                  params: { value: '99999' },
                  message: zip,
                },
                {
                  code: 'not_mapped',
                  field: 'firstName',
                  column: 'first_name',
                  params: {},
                  message: unmapped,
                },
                // A code from a newer server than this client: its English is shown as it is.
                {
                  code: 'fax_number' as ImportProblemCode,
                  column: 'Cell',
                  params: { value: '919-555-0103' },
                  message: newer,
                },
              ],
            },
          ],
        }),
      },
    });
    const { user } = renderApp('/chapter/import');
    await user.upload(
      await screen.findByLabelText('Archivo CSV'),
      new File([roster], 'triangle.csv', { type: 'text/csv' }),
    );

    const rejected = await screen.findByRole('table', { name: 'Líneas rechazadas' });
    const reasons = within(rejected)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      'zip: 99999 no es un código postal de EE. UU.',
      'first_name: ninguna columna del archivo se lee como «Nombre»',
      newer,
    ]);
    expect(screen.getByRole('textbox', { name: 'Línea 4' })).toHaveAccessibleDescription(
      reasons.join(' · '),
    );
  });

  it("shows the server's reason when the whole file cannot be read", async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters/7': { body: triangleChapter },
      'POST /api/chapters/7/import/members': {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: 'The file cannot be imported',
            fields: { file: 'This is JSON, not a CSV file' },
          },
        },
      },
    });
    const { user } = renderApp('/chapter/import');
    await user.upload(
      await screen.findByLabelText('CSV file'),
      new File(['{"a":1}'], 'roster.csv', { type: 'text/csv' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported');
    expect(alert).toHaveTextContent('This is JSON, not a CSV file');
  });

  it('links to the template and, for the committee, to the exports', async () => {
    importApi();
    renderApp('/chapter/import');
    expect(
      await screen.findByRole('link', { name: 'Download the roster template (CSV)' }),
    ).toHaveAttribute('href', '/api/import/template.csv?lang=en');
    expect(
      screen.getByRole('link', { name: "Export the chapter's members (CSV)" }),
    ).toHaveAttribute('href', '/api/chapters/7/export/members.csv');
    expect(
      screen.getByRole('link', { name: "Export the chapter's workplaces (CSV)" }),
    ).toHaveAttribute('download');
  });
});
