import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  committeeClass,
  shadeOf,
  type SouthState,
} from '../../client/src/features/growth/lib/south-shading';
import { loggedIn, nationalStaff, triangleCommittee } from './helpers/fixtures';
import { southCoverage } from './helpers/growth-fixtures';
import { mockApi } from './helpers/mock-api';
import { stubResizeObserver } from './helpers/pods-fixtures';
import { renderApp } from './helpers/render-app';

beforeEach(stubResizeObserver);

const state = (code: string) => southCoverage.states.find((s) => s.state === code) as SouthState;

describe('shading the South', () => {
  it('tells states without a chapter, without a committee, and with one apart', () => {
    expect(committeeClass(state('AL'))).toBe('noChapter');
    expect(committeeClass(state('GA'))).toBe('noCommittee');
    expect(committeeClass(state('NC'))).toBe('someCommittees');
    expect(committeeClass({ chapters: 2, chaptersWithLaborCommittee: 2 })).toBe('allCommittees');
  });

  it('hatches a share hidden by a small count, and leaves a state without members blank', () => {
    expect(shadeOf(state('WV'), 'mapped')).toEqual({ kind: 'hidden' });
    expect(shadeOf(state('AL'), 'mapped')).toEqual({ kind: 'none' });
    expect(shadeOf(state('GA'), 'mapped')).toMatchObject({ kind: 'color' });
  });
});

describe('Southern coverage', { timeout: 20_000 }, () => {
  it('gives the map figures in a table, the gaps largest first, sizes, CLCs and the trend', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/stats/south': { body: southCoverage },
      'GET /api/geo/states': { body: { type: 'FeatureCollection', features: [] } },
    });
    const { user, router } = renderApp('/south');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Southern coverage' }),
    ).toBeVisible();
    const totals = screen.getByTestId('south-totals');
    expect(totals).toHaveTextContent('With a labor committee1 of 4');
    expect(totals).toHaveTextContent('Active campaigns<5');

    const table = screen.getByTestId('south-states');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Alabama',
      'Georgia',
      'North Carolina',
      'West Virginia',
    ]);
    expect(rows[2]).toHaveTextContent('North Carolina2111512752.9%<50');
    expect(within(rows[3]!).getByText('<5')).toHaveAttribute(
      'title',
      'A small count, shown this way so it cannot point at one person',
    );

    const gaps = within(screen.getByTestId('south-gaps')).getAllByRole('row').slice(1);
    expect(gaps[0]).toHaveTextContent('Atlanta (GA)');
    expect(gaps[0]).toHaveTextContent('A labor committee');
    expect(within(gaps[0]!).getByRole('link')).toHaveAttribute(
      'href',
      '/reserve?chapterId=3#suggestions',
    );
    expect(screen.getByTestId('south-size-classes')).toHaveTextContent(
      'Central Labor Council representation: 2 of 4 Southern chapters have a delegate on their local CLC.',
    );
    const trend = await screen.findByTestId('south-trend');
    expect(within(trend).getAllByRole('row')).toHaveLength(25);
    expect(trend).toHaveTextContent('their history cannot be charted');

    // Picking a state in the table shows its figures beside the map, and keeps it in the address.
    await user.click(within(table).getByRole('button', { name: 'Georgia' }));
    const panel = await screen.findByTestId('south-panel');
    expect(within(panel).getByRole('heading', { name: 'Georgia' })).toBeVisible();
    expect(panel).toHaveTextContent('Atlanta: A labor committee, A pod');
    expect(router.state.location.search).toBe('?state=GA');

    await user.selectOptions(screen.getByLabelText('Shade states by'), 'Share of members mapped');
    expect(screen.getByTestId('south-legend')).toHaveTextContent('Hidden: a count is small (<5)');
    expect(screen.getByRole('complementary', { name: 'Notes on hidden counts' })).toBeVisible();
  });

  it('is for national staff only', async () => {
    mockApi({ 'GET /api/auth/session': loggedIn(triangleCommittee) });
    renderApp('/south');
    expect(await screen.findByText('Your role does not use this page.')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'The South' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Recruitment' })).toHaveAttribute(
      'href',
      '/recruitment',
    );
  });
});
