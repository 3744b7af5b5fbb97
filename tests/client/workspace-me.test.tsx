import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keishaMember, loggedIn, triangleChapter } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { keisha } from './helpers/workspace-fixtures';

const me = { member: keisha, employments: [], chapter: { id: 7, name: 'Triangle', state: 'NC' } };

const amazonJob = {
  id: 90,
  memberId: 41,
  workplaceId: 22,
  employer: 'Amazon',
  siteName: 'RDU1 Fulfillment Center',
  zip: '27529',
  industry: '48-49',
  jobTitle: 'Picker',
  since: '2026-01-05',
  endedOn: null,
  shopSteward: false,
};

// Whole flows through the lazily loaded page, typed key by key: slower than one assertion.
describe('a member tells the chapter where they work', { timeout: 20_000 }, () => {
  it("shows the server's field error under the ZIP code field, then saves", async () => {
    let attempts = 0;
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(keishaMember),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/me': { body: me },
      'GET /api/me/reserve': { body: { entry: null } },
      'PATCH /api/me/workplace': ({ body }) =>
        ++attempts === 1
          ? {
              status: 400,
              body: {
                error: {
                  code: 'validation',
                  message: 'Some fields need fixing',
                  fields: { zip: `${(body as { zip: string }).zip} is not a US ZIP code we know` },
                },
              },
            }
          : { body: { ...me, employments: [amazonJob] } },
    });
    const { user } = renderApp('/me');

    expect(await screen.findByRole('heading', { level: 1, name: 'My workplace' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'My workplace' })).toHaveAttribute('href', '/me');
    expect(screen.getByTestId('current-work')).toHaveTextContent(
      'You have not told us where you work yet',
    );

    await user.type(screen.getByLabelText('Employer'), 'Amazon');
    await user.type(screen.getByLabelText('Site or location'), 'RDU1 Fulfillment Center');
    await user.type(screen.getByLabelText('ZIP code of your workplace'), '00000');
    await user.selectOptions(screen.getByLabelText('Industry'), 'Transportation and Warehousing');
    await user.type(screen.getByLabelText('Job title'), 'Picker');
    await user.click(screen.getByLabelText('I am a union staffer'));
    expect(screen.getByLabelText('I am a union staffer')).toHaveAccessibleDescription(
      "Who will see this: your chapter's labor committee and the national labor commission staff who coordinate union staffers; never your employer or the public.",
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const zip = screen.getByLabelText('ZIP code of your workplace');
    expect(await screen.findByText(/Check the ZIP code/)).toBeVisible();
    expect(zip).toHaveAttribute('aria-invalid', 'true');
    expect(zip).toHaveAccessibleDescription(
      'Where you work, not where you live. Check the ZIP code: it must be a real 5-digit US ZIP code, such as 27701.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need fixing');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      employer: 'Amazon',
      siteName: 'RDU1 Fulfillment Center',
      zip: '00000',
      industry: '48-49',
      jobTitle: 'Picker',
      unionMember: false,
      unionName: null,
      unionLocal: null,
      unionStaff: true,
    });

    await user.clear(zip);
    await user.type(zip, '27529');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Saved\. Thank you/)).toBeVisible();
    expect(zip).not.toHaveAttribute('aria-invalid');
    expect(within(screen.getByTestId('current-work')).getByText('Amazon')).toBeVisible();
  });

  it('starts from the current workplace, so a new job title alone keeps its ZIP and industry', async () => {
    const working = { ...me, employments: [amazonJob] };
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(keishaMember),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/me': { body: working },
      'GET /api/me/reserve': { body: { entry: null } },
      'PATCH /api/me/workplace': { body: working },
    });
    const { user } = renderApp('/me');

    const zip = await screen.findByLabelText('ZIP code of your workplace');
    expect(screen.getByLabelText('Employer')).toHaveValue('Amazon');
    expect(screen.getByLabelText('Site or location')).toHaveValue('RDU1 Fulfillment Center');
    expect(zip).toHaveValue('27529');
    expect(screen.getByLabelText('Industry')).toHaveDisplayValue('Transportation and Warehousing');
    const job = screen.getByLabelText('Job title');
    await user.clear(job);
    await user.type(job, 'Lead picker');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Saved\. Thank you/)).toBeVisible();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      employer: 'Amazon',
      siteName: 'RDU1 Fulfillment Center',
      zip: '27529',
      industry: '48-49',
      jobTitle: 'Lead picker',
    });
  });

  it('speaks Spanish to a member who chose it, the staffer note included', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...keishaMember, language: 'es' }),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/me': { body: me },
      'GET /api/me/reserve': { body: { entry: null } },
    });
    const { user } = renderApp('/me');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mi lugar de trabajo' }),
    ).toBeVisible();
    await user.click(screen.getByLabelText('Estoy afiliado/a a un sindicato'));
    expect(screen.getByLabelText('Sindicato')).toBeVisible();
    expect(screen.getByLabelText('Local')).toBeVisible();
    expect(
      screen.getByLabelText('Trabajo para un sindicato (personal sindical)'),
    ).toHaveAccessibleDescription(/nunca tu empresa ni el público/);
    expect(screen.getByRole('option', { name: 'Transporte y almacenamiento' })).toBeDefined();
  });

  it('tells other roles the page is for members', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...keishaMember, role: 'organizer' }),
      'GET /api/chapters/7': { body: triangleChapter },
    });
    renderApp('/me');
    expect(await screen.findByText(/This page is for members/)).toBeVisible();
  });
});
