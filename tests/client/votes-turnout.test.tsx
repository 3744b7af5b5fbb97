import { screen, within } from '@testing-library/react';
import type { Turnout } from '@shopfloor/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { keishaMember, loggedIn, nationalStaff } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { closedEndorsement, regionTurnout, stubResizeObserver } from './helpers/votes-fixtures';

/** By chapter: Asheville's voters are a small count, and Charlotte's hidden beside it. */
const chapterTurnout: Turnout = {
  voteId: 8,
  by: 'chapter',
  suppressionThreshold: 5,
  roll: 210,
  voted: 26,
  turnout: 12.4,
  groups: [
    { key: '11', label: 'Asheville', roll: 9, voted: '<5', turnout: null },
    { key: '12', label: 'Charlotte', roll: 31, voted: 'suppressed', turnout: null },
    { key: '7', label: 'Triangle', roll: 170, voted: 18, turnout: 10.6 },
  ],
};

beforeEach(stubResizeObserver);

describe('turnout for national staff', { timeout: 20_000 }, () => {
  it('shows suppressed counts as the server sent them, in a table beside the chart', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/votes/8': { body: closedEndorsement() },
      'GET /api/votes/8/turnout?by=chapter': { body: chapterTurnout },
      'GET /api/votes/8/turnout?by=industry': {
        body: { ...chapterTurnout, by: 'industry', groups: [] },
      },
    });
    const { user } = renderApp('/votes/8/turnout');

    const table = await screen.findByTestId('turnout-table');
    const asheville = within(table).getByRole('row', { name: /Asheville/ });
    expect(asheville).toHaveTextContent('Asheville9<5');
    expect(within(asheville).getByText('<5')).toHaveAttribute(
      'title',
      'A small count, shown this way so it cannot point at one person',
    );
    expect(within(table).getByRole('row', { name: /Charlotte/ })).toHaveTextContent(
      'hidden (see the note below)',
    );
    expect(within(table).getByRole('row', { name: /Triangle/ })).toHaveTextContent(
      'Triangle1701810.6%',
    );
    expect(within(table).getByRole('row', { name: /All members/ })).toHaveTextContent('2102612.4%');
    const chart = screen.getByRole('region', { name: 'Turnout by chapter' });
    expect(chart).toBe(screen.getByTestId('turnout-chart'));
    expect(chart).toContainElement(table);
    expect(chart).toHaveTextContent('Groups whose turnout is hidden are left out of the chart.');
    expect(within(chart).getByRole('button', { name: 'Download PNG' })).toBeVisible();
    expect(within(chart).getByRole('button', { name: 'Download CSV' })).toBeVisible();
    expect(screen.getByRole('complementary', { name: 'Notes on hidden counts' })).toBeDefined();

    await user.selectOptions(screen.getByLabelText('Show turnout by'), 'Industry');
    expect(await screen.findByText('No members on the roll yet.')).toBeVisible();
    expect(calls.map((c) => c.url)).toContain('/api/votes/8/turnout?by=industry');
  });

  it('with every group hidden, draws nothing and offers the table alone for download', async () => {
    const hidden: Turnout = {
      ...chapterTurnout,
      groups: chapterTurnout.groups.slice(0, 2),
    };
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/votes/8': { body: closedEndorsement() },
      'GET /api/votes/8/turnout?by=chapter': { body: hidden },
    });
    renderApp('/votes/8/turnout');

    const chart = await screen.findByRole('region', { name: 'Turnout by chapter' });
    expect(chart).toHaveTextContent(
      "Every group's turnout is hidden, so there is nothing to chart: see the table.",
    );
    expect(chart.querySelector('.chart-drawing')).toBeNull();
    expect(within(chart).queryByRole('button', { name: 'Download PNG' })).toBeNull();
    expect(within(chart).getByRole('button', { name: 'Download CSV' })).toBeVisible();
    expect(within(screen.getByTestId('turnout-table')).getAllByRole('row')).toHaveLength(4);
  });

  it('names regions in the interface language and lists them in the map legend', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...nationalStaff, language: 'es' }),
      'GET /api/votes/8': { body: closedEndorsement() },
      'GET /api/votes/8/turnout?by=region': { body: regionTurnout },
      'GET /api/geo/states': { body: { type: 'FeatureCollection', features: [] } },
    });
    renderApp('/votes/8/turnout?by=region');

    // Spanish comes in a chunk of its own: the page is read once it has switched.
    const chart = await screen.findByRole('region', { name: 'Participación por región' });
    expect(within(chart).getByRole('heading', { name: 'Participación por región' })).toBeVisible();
    const table = within(chart).getByTestId('turnout-table');
    expect(within(table).getByRole('row', { name: /^Oeste/ })).toHaveTextContent('<5');
    expect(within(chart).getByRole('button', { name: 'Descargar CSV' })).toBeVisible();
    const legend = await screen.findByRole('list', { name: 'Participación por región' });
    expect(legend).toHaveTextContent('Sur: 10,6');
  });

  it('is not open to members', async () => {
    mockApi({ 'GET /api/auth/session': loggedIn(keishaMember) });
    renderApp('/votes/8/turnout');
    expect(
      await screen.findByText('This page is for the national staff who run votes.'),
    ).toBeVisible();
  });
});
