import { screen, waitFor, within } from '@testing-library/react';
import type { Chapter } from '@shopfloor/shared';
import { describe, expect, it } from 'vitest';
import { loggedIn, nationalStaff, triangleChapter, triangleCommittee } from './helpers/fixtures';
import { carlos, mentorship, organizer } from './helpers/growth-fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';

const atlanta: Chapter = {
  ...triangleChapter,
  id: 3,
  name: 'Atlanta',
  state: 'GA',
  hasLaborCommittee: false,
  hasClcDelegate: false,
  wantsSpanish: true,
};
const sofia = organizer();

const suggestions = {
  chapter: {
    id: 3,
    name: 'Atlanta',
    state: 'GA',
    isSouth: true,
    hasLaborCommittee: false,
    industry: '48-49',
    spanishFirst: true,
  },
  items: [
    { ...sofia, sameIndustry: true, speaksSpanish: true, supportsState: true, distanceKm: 947.2 },
    {
      ...carlos,
      sameIndustry: false,
      speaksSpanish: false,
      supportsState: false,
      distanceKm: 1017,
    },
  ],
};

function reserveApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/session': loggedIn(nationalStaff),
    'GET /api/chapters': { body: [atlanta, triangleChapter] },
    'GET /api/reserve': { body: { items: [carlos, sofia], nextCursor: null } },
    'GET /api/reserve?limit=500&skill=bargaining': { body: { items: [carlos], nextCursor: null } },
    'GET /api/reserve?limit=500&language=es&skill=bargaining': {
      body: { items: [], nextCursor: null },
    },
    'GET /api/mentorships': { body: { items: [mentorship()], nextCursor: null } },
    'GET /api/reserve/suggestions': { body: suggestions },
    ...extra,
  });
}

describe('the organizer reserve', { timeout: 20_000 }, () => {
  it('filters by skill and language on the server', async () => {
    const { calls } = reserveApi();
    const { user } = renderApp('/reserve');

    const list = await screen.findByTestId('reserve-list');
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    const card = within(list).getByRole('article', { name: 'Sofia Thomas' });
    expect(card).toHaveTextContent('Chicago chapter (IL)');
    expect(card).toHaveTextContent('Building a committee and Union elections');
    expect(card).toHaveTextContent('GA, IL, and TX');

    await user.selectOptions(screen.getByLabelText('Skill'), 'Bargaining');
    await waitFor(() =>
      expect(within(screen.getByTestId('reserve-list')).getAllByRole('article')).toHaveLength(1),
    );
    expect(within(screen.getByTestId('reserve-list')).getByRole('article')).toHaveAccessibleName(
      'Carlos Davis',
    );

    await user.selectOptions(screen.getByLabelText('Speaks'), 'Spanish');
    expect(await screen.findByTestId('reserve-empty')).toHaveTextContent(
      'No reserve organizer matches these filters.',
    );
    expect(calls.map((c) => c.url)).toContain('/api/reserve?limit=500&skill=bargaining');
    expect(calls.map((c) => c.url)).toContain(
      '/api/reserve?limit=500&language=es&skill=bargaining',
    );
  });

  it('pairs an organizer with a chapter, and moves a mentorship on with its version', async () => {
    const { calls } = reserveApi({
      'POST /api/mentorships': { status: 201, body: mentorship({ id: 5 }) },
      'PATCH /api/mentorships/1': {
        body: mentorship({ status: 'active', startedOn: '2026-11-22', version: 3 }),
      },
    });
    const { user } = renderApp('/reserve');

    await user.click(await screen.findByText('Pair an organizer with a chapter'));
    const form = screen.getByTestId('mentorship-form');
    await user.click(within(form).getByRole('button', { name: 'Propose the mentorship' }));
    expect(within(form).getByText('Choose a reserve organizer.')).toBeVisible();
    await user.selectOptions(
      within(form).getByLabelText('Reserve organizer'),
      'Sofia Thomas (Chicago)',
    );
    // Southern chapters with no labor committee come first, and say so.
    const chapters = within(within(form).getByLabelText('Chapter')).getAllByRole('option');
    expect(chapters[1]).toHaveTextContent('Atlanta (GA), no labor committee');
    await user.selectOptions(within(form).getByLabelText('Chapter'), '3');
    await user.type(within(form).getByLabelText('Notes'), 'A first mapping night');
    await user.click(within(form).getByRole('button', { name: 'Propose the mentorship' }));
    expect(await within(form).findByText('Mentorship proposed.')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      reserveId: 1,
      chapterId: 3,
      notes: 'A first mapping night',
    });

    const item = screen.getByTestId('mentorship-1');
    expect(item).toHaveTextContent('Sofia Thomas with Atlanta (GA)');
    await user.click(within(item).getByRole('button', { name: /^Update the mentorship/ }));
    await user.selectOptions(within(item).getByLabelText('Status'), 'Active');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    await within(item).findByRole('button', { name: /^Update the mentorship/ });
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 2, status: 'active' });
  });

  it('suggests organizers for a Southern chapter with the reasons, and proposes one', async () => {
    const { calls } = reserveApi({
      'POST /api/mentorships': { status: 201, body: mentorship({ id: 5 }) },
    });
    const { user } = renderApp('/reserve?chapterId=3');

    const found = await screen.findByTestId('suggestion-list');
    expect(calls.map((c) => c.url)).toContain('/api/reserve/suggestions?chapterId=3');
    const first = within(found).getAllByRole('article')[0]!;
    expect(first).toHaveAccessibleName('Sofia Thomas');
    expect(within(first).getByRole('list', { name: 'Why suggested' })).toHaveTextContent(
      'Knows Transportation and Warehousing',
    );
    expect(first).toHaveTextContent('Speaks Spanish');
    expect(first).toHaveTextContent('Their chapter is 947 km away');
    expect(screen.getByText(/asks for Spanish speakers/)).toBeVisible();

    await user.click(within(first).getByRole('button', { name: 'Propose Sofia Thomas as mentor' }));
    expect(await within(first).findByText(/Mentorship proposed/)).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reserveId: 1, chapterId: 3 });
  });
});

describe('union staffers', { timeout: 20_000 }, () => {
  it('lists them by union and state, and searches by union', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/union-staffers': {
        body: {
          items: [
            {
              memberId: 199,
              firstName: 'Ana',
              lastName: 'Williams',
              chapter: { id: 9, name: 'Tucson', state: 'AZ' },
              unionName: 'Teamsters',
              unionLocal: 'Local 458',
            },
            {
              memberId: 57,
              firstName: 'Hannah',
              lastName: 'Jackson',
              chapter: { id: 2, name: 'Chicago', state: 'IL' },
              unionName: null,
              unionLocal: null,
            },
          ],
          nextCursor: null,
          byUnion: [
            { unionName: 'Teamsters', total: 1, byState: { AZ: 1 } },
            { unionName: null, total: 1, byState: { IL: 1 } },
          ],
        },
      },
      'GET /api/union-staffers?limit=100&union=NNU': {
        body: { items: [], nextCursor: null, byUnion: [] },
      },
    });
    const { user } = renderApp('/union-staffers');

    const byUnion = await screen.findByTestId('staffers-by-union');
    expect(within(byUnion).getByRole('row', { name: /Teamsters/ })).toHaveTextContent(
      'Teamsters1AZ: 1',
    );
    expect(within(byUnion).getByRole('row', { name: /Union not given/ })).toBeVisible();
    expect(screen.getByTestId('staffers-list')).toHaveTextContent('Ana WilliamsTucson (AZ)');

    await user.type(screen.getByLabelText('Union'), 'NNU');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByTestId('staffers-empty')).toHaveTextContent(
      'No union staffer matches',
    );
    expect(calls.map((c) => c.url)).toContain('/api/union-staffers?limit=100&union=NNU');
  });

  it('is not open to a chapter committee', async () => {
    mockApi({ 'GET /api/auth/session': loggedIn(triangleCommittee) });
    renderApp('/union-staffers');
    expect(await screen.findByText('Your role does not use this page.')).toBeVisible();
  });
});
