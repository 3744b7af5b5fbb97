import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@shopfloor/shared';
import { loggedIn, triangleChapter, triangleCommittee } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { keisha, workplaceRow } from './helpers/workspace-fixtures';

const base = {
  'GET /api/auth/session': loggedIn(triangleCommittee),
  'GET /api/chapters/7': { body: triangleChapter },
  'GET /api/chapters/7/workplaces': { body: { items: [workplaceRow()], nextCursor: null } },
  'GET /api/chapters/7/workplaces/duplicates': { body: [] },
};

// Whole flows through the lazily loaded pages, typed key by key: slower than one assertion.
describe('chapter workspace records', { timeout: 20_000 }, () => {
  it('adds a workplace, showing the server field error under its field', async () => {
    const { calls } = mockApi({
      ...base,
      'POST /api/chapters/7/workplaces': {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: 'Some fields need fixing',
            fields: { zip: '00000 is not a US ZIP code we know', unionName: 'Too long' },
          },
        },
      },
    });
    const { user } = renderApp('/chapter/workplaces');
    await user.click(await screen.findByText('Add a workplace'));
    await user.type(screen.getByRole('textbox', { name: 'Employer' }), 'Target');
    await user.type(screen.getByRole('textbox', { name: 'ZIP code' }), '00000');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Approximate size' }),
      '50-249 workers',
    );
    await user.click(screen.getByRole('button', { name: 'Add the workplace' }));

    expect(await screen.findByRole('textbox', { name: 'ZIP code' })).toHaveAccessibleDescription(
      'Check the ZIP code: it must be a real 5-digit US ZIP code, such as 27701.',
    );
    expect(screen.getByRole('textbox', { name: 'Union' })).toHaveAccessibleDescription('Too long');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      employer: 'Target',
      siteName: null,
      address: null,
      zip: '00000',
      industry: null,
      size: '50-249',
      unionStatus: 'unknown',
      unionName: null,
    });
  });

  it('merges a likely duplicate into the record chosen to keep, after confirming', async () => {
    const kept = workplaceRow({ id: 21, members: 6 });
    const dropped = workplaceRow({
      id: 35,
      siteName: 'Duke Hospital',
      members: 2,
      version: 4,
      confirmed: false,
    });
    const { calls } = mockApi({
      ...base,
      'GET /api/chapters/7/workplaces/duplicates': {
        body: [{ a: kept, b: dropped, similarity: 0.9, reason: 'same_zip' }],
      },
      'POST /api/workplaces/35/merge': { body: kept },
    });
    const { user } = renderApp('/chapter/workplaces');

    const panel = (await screen.findByRole('heading', { name: 'Possible duplicate (1)' })).closest(
      'section',
    )!;
    expect(panel).toHaveTextContent('Similar names at the same ZIP code · 90% alike');
    const [keepFirst] = within(panel).getAllByRole('button', { name: 'Keep this one' });
    await user.click(keepFirst!);
    expect(within(panel).getByRole('group', { name: 'Confirm the merge' })).toHaveTextContent(
      'Its 2 members move over',
    );
    expect(calls.some((c) => c.url.endsWith('/merge'))).toBe(false);

    await user.click(within(panel).getByRole('button', { name: 'Merge' }));
    await screen.findByRole('heading', { level: 1, name: 'Workplaces' });
    expect(calls.find((c) => c.url.endsWith('/merge'))?.body).toEqual({ intoId: 21, version: 4 });
  });

  it("changes a member's organizing status with the version read, and says so on 409", async () => {
    const member = {
      ...keisha,
      employments: [
        {
          id: 90,
          memberId: 41,
          workplaceId: 21,
          employer: 'Duke University Health System',
          siteName: null,
          jobTitle: 'Nurse',
          since: '2024-02-01',
          endedOn: null,
          shopSteward: true,
        },
      ],
      history: [
        {
          fromStatus: null,
          toStatus: 'not_started',
          changedAt: '2024-01-01T10:00:00Z',
          changedBy: 3,
          note: null,
        },
        {
          fromStatus: 'not_started',
          toStatus: 'trained',
          changedAt: '2024-03-01T10:00:00Z',
          changedBy: 3,
          note: 'Took the EWOC training',
        },
      ],
    };
    let attempts = 0;
    const { calls } = mockApi({
      ...base,
      'GET /api/members/41': { body: member },
      'PATCH /api/members/41': () =>
        ++attempts === 1
          ? { body: { ...keisha, organizingStatus: 'mapping', version: 6 } }
          : {
              status: 409,
              body: { error: { code: 'stale_version', message: 'Someone else changed it' } },
            },
    });
    const { user } = renderApp('/chapter/members/41');

    expect(await screen.findByRole('heading', { level: 1, name: 'Keisha Bell' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Duke University Health System' })).toHaveAttribute(
      'href',
      '/chapter/workplaces/21',
    );
    expect(screen.getByText('Took the EWOC training')).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Organizing status'), 'Mapping their workplace');
    await screen.findByText('Saved');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      organizingStatus: 'mapping',
      version: 5,
    });

    await user.selectOptions(screen.getByLabelText('Organizing status'), 'Organizing committee');
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this first');
  });

  it('lets an admin choose the chapter to work on', async () => {
    const admin: SessionUser = { ...triangleCommittee, id: 1, role: 'admin', chapterId: null };
    const { calls } = mockApi({
      ...base,
      'GET /api/auth/session': loggedIn(admin),
      'GET /api/chapters': {
        body: [triangleChapter, { ...triangleChapter, id: 9, name: 'Atlanta', state: 'GA' }],
      },
    });
    const { user } = renderApp('/chapter/workplaces');
    await screen.findByText('Choose the chapter to work on.');
    await screen.findByRole('option', { name: 'Triangle (NC)' });
    await user.selectOptions(screen.getByLabelText('Chapter'), 'Triangle (NC)');

    expect(
      await screen.findByRole('link', { name: 'Duke University Health System' }),
    ).toBeVisible();
    expect(calls.some((c) => c.url.startsWith('/api/chapters/7/workplaces?'))).toBe(true);
    sessionStorage.clear();
  });

  it('tells a member the workspace is not for their role', async () => {
    mockApi({
      ...base,
      'GET /api/auth/session': loggedIn({ ...triangleCommittee, role: 'member' }),
    });
    renderApp('/chapter/workplaces');
    expect(
      await screen.findByText(/chapter workspace is for chapter labor committees/),
    ).toBeVisible();
  });
});
