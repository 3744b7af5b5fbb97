import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignStage, WorkplaceSummary } from '@shopfloor/shared';
import { stageColors } from '../../client/src/components/ui/stage-looks';
import { loggedIn, triangleChapter, triangleCommittee } from './helpers/fixtures';
import { mockApi, type ApiCall, type Reply } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { campaignAfter, workplaceRow } from './helpers/workspace-fixtures';

const DUKE_STAGE = 'Campaign stage at Duke University Health System';

/** The workplaces page for Triangle's committee, its list answering from `rows` as they are now. */
function workplacesApi(
  rows: () => WorkplaceSummary[],
  extra: Record<string, Reply | ((c: ApiCall) => Reply)>,
) {
  return mockApi({
    'GET /api/auth/session': loggedIn(triangleCommittee),
    'GET /api/chapters/7': { body: triangleChapter },
    'GET /api/chapters/7/workplaces': () => ({ body: { items: rows(), nextCursor: null } }),
    'GET /api/chapters/7/workplaces/duplicates': { body: [] },
    ...extra,
  });
}

const stagePosts = (calls: ApiCall[]) =>
  calls.filter((c) => c.method === 'POST' && c.url.endsWith('/stage'));

// Whole flows through the lazily loaded pages, typed key by key: slower than one assertion.
describe('workplaces table', { timeout: 20_000 }, () => {
  it('moves a campaign forward in two clicks, sending the stage with the version it read', async () => {
    let stage: CampaignStage = 'mapping';
    const { calls } = workplacesApi(
      () => [workplaceRow({ campaign: { id: 12, stage, version: stage === 'mapping' ? 3 : 4 } })],
      {
        'POST /api/campaigns/12/stage': ({ body }) => {
          stage = (body as { stage: CampaignStage }).stage;
          return { body: campaignAfter({ stage }) };
        },
      },
    );
    const { user } = renderApp('/chapter/workplaces');

    const select = await screen.findByRole('combobox', { name: DUKE_STAGE });
    expect(select).toHaveDisplayValue('Mapping');
    expect(screen.getByRole('link', { name: 'Duke University Health System' })).toHaveAttribute(
      'href',
      '/chapter/workplaces/21',
    );

    // Click 1 opens the list, click 2 picks the stage: nothing else stands between them and the save.
    await user.selectOptions(select, 'Committee');

    expect(await screen.findByText('Saved: Committee')).toBeInTheDocument();
    expect(stagePosts(calls)).toHaveLength(1);
    expect(stagePosts(calls)[0]).toMatchObject({
      url: '/api/campaigns/12/stage',
      body: { stage: 'committee', version: 3 },
    });
    expect(stagePosts(calls)[0]!.headers.get('X-CSRF-Token')).toBe('csrf-3');
    expect(screen.getByRole('combobox', { name: DUKE_STAGE })).toHaveDisplayValue('Committee');
    // Beside the list, the stage's mark and colour as the chapter map draws them.
    const mark = select.parentElement!.querySelector('.stage-mark')!;
    expect(mark).toHaveTextContent('2');
    expect(mark).toHaveStyle({ background: stageColors.committee });
  });

  it('asks why before moving a campaign back, and sends the note with the move', async () => {
    const { calls } = workplacesApi(
      () => [workplaceRow({ campaign: { id: 12, stage: 'majority', version: 7 } })],
      { 'POST /api/campaigns/12/stage': { body: campaignAfter({ stage: 'committee' }) } },
    );
    const { user } = renderApp('/chapter/workplaces');

    await user.selectOptions(
      await screen.findByRole('combobox', { name: DUKE_STAGE }),
      'Committee',
    );

    const note = await screen.findByRole('textbox', {
      name: 'Why does it move back from Majority to Committee?',
    });
    expect(note).toHaveFocus();
    expect(stagePosts(calls)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Save the move' }));
    expect(
      screen.getByText('Write a short note saying why the campaign moves back.'),
    ).toBeInTheDocument();
    expect(stagePosts(calls)).toHaveLength(0);

    await user.type(note, 'Two committee members were fired; rebuilding');
    await user.click(screen.getByRole('button', { name: 'Save the move' }));

    await screen.findByText('Saved: Committee');
    expect(stagePosts(calls)[0]?.body).toEqual({
      stage: 'committee',
      note: 'Two committee members were fired; rebuilding',
      version: 7,
    });
  });

  it('says someone else changed the campaign on 409, and reloads the table', async () => {
    let version = 3;
    const { calls } = workplacesApi(
      () => [workplaceRow({ campaign: { id: 12, stage: 'mapping', version } })],
      {
        'POST /api/campaigns/12/stage': () => {
          version = 5;
          return {
            status: 409,
            body: {
              error: { code: 'stale_version', message: 'Someone else changed this record first' },
            },
          };
        },
      },
    );
    const { user } = renderApp('/chapter/workplaces');
    await user.selectOptions(await screen.findByRole('combobox', { name: DUKE_STAGE }), 'Majority');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this campaign first. We have reloaded it',
    );
    const lists = calls.filter((c) => c.method === 'GET' && c.url.includes('/workplaces?'));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    // The stage shown is the server's again, not the one that was refused.
    expect(screen.getByRole('combobox', { name: DUKE_STAGE })).toHaveDisplayValue('Mapping');
  });

  it('starts a campaign in one click where there is none, and confirms a reported workplace', async () => {
    const { calls } = workplacesApi(
      () => [
        workplaceRow({
          id: 30,
          employer: 'Whole Foods Market',
          siteName: 'Durham',
          campaign: null,
          confirmed: false,
          version: 0,
        }),
      ],
      {
        'POST /api/campaigns': { status: 201, body: campaignAfter({ id: 13, stage: 'mapping' }) },
        'PATCH /api/workplaces/30': { body: workplaceRow({ id: 30, confirmed: true }) },
      },
    );
    const { user } = renderApp('/chapter/workplaces');

    const row = (await screen.findByRole('link', { name: 'Whole Foods Market' })).closest('tr')!;
    expect(within(row).getByText('No campaign')).toBeInTheDocument();
    expect(within(row).getByText('Unconfirmed')).toBeInTheDocument();

    await user.click(
      within(row).getByRole('button', { name: 'Start a campaign at Whole Foods Market' }),
    );
    await user.click(within(row).getByRole('button', { name: 'Confirm' }));

    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/campaigns');
    expect(post?.body).toEqual({ workplaceId: 30, kind: 'union_drive' });
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ confirmed: true, version: 0 });
  });

  it('sends search, filters and sort to the server', async () => {
    const { calls } = workplacesApi(() => [workplaceRow()], {});
    const { user } = renderApp('/chapter/workplaces');
    await screen.findByRole('combobox', { name: DUKE_STAGE });

    await user.selectOptions(screen.getByLabelText('Campaign stage'), 'No campaign');
    await user.click(screen.getByLabelText('Only unconfirmed (reported by members)'));
    await user.type(screen.getByLabelText('Search workplaces'), 'duke{Enter}');
    await user.click(screen.getByRole('button', { name: /^Members/ }));

    const last = new URL(
      calls.filter((c) => c.url.includes('/workplaces?')).at(-1)!.url,
      'http://x',
    );
    expect(Object.fromEntries(last.searchParams)).toEqual({
      limit: '50',
      sort: '-members',
      q: 'duke',
      stage: 'none',
      confirmed: 'no',
    });
  });
});
