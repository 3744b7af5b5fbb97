import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  keishaMember,
  loggedIn,
  nationalStaff,
  nationalStatsWithSmallCells,
  triangleChapter,
  triangleCommittee,
} from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';

const HIDDEN = 'Hidden so a small count cannot be worked out by subtraction';

function rowOf(tableName: string, rowHeader: string) {
  const table = screen.getByRole('table', { name: tableName });
  const header = within(table).getByRole('rowheader', { name: rowHeader });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${rowHeader}`);
  return within(row).getAllByRole('cell');
}

describe('national dashboard', () => {
  it('shows "<5" as it is and a complementary-suppressed count as an explained "•"', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
    });
    renderApp('/');

    expect(await screen.findByTestId('total-members')).toHaveTextContent('12,345');
    expect(screen.getByTestId('dashboard')).toBeInTheDocument();

    const [wyMembers, wyMapped, wyShare] = rowOf('By state', 'Wyoming');
    expect(wyMembers).toHaveTextContent(/^<5$/);
    expect(wyMapped).toHaveTextContent(/^<5$/);
    // A share is never worked out from a suppressed count.
    expect(wyShare).not.toHaveTextContent('%');
    expect(within(wyShare!).getByTitle('Cannot be worked out from hidden counts')).toBeVisible();

    const [vtMembers, vtMapped, vtShare] = rowOf('By state', 'Vermont');
    const bullet = within(vtMembers!).getByTitle(HIDDEN);
    expect(bullet).toHaveTextContent('•');
    expect(bullet).toHaveTextContent('hidden (see the note below)');
    expect(vtMapped).toHaveTextContent('250');
    expect(vtShare).not.toHaveTextContent('%');

    const [ncMembers, , ncShare] = rowOf('By state', 'North Carolina');
    expect(ncMembers).toHaveTextContent('2,345');
    expect(ncShare).toHaveTextContent('25.6%');

    const notes = screen.getByRole('complementary', { name: 'Notes on hidden counts' });
    expect(notes).toHaveTextContent(/hidden so a small count cannot be worked out by subtraction/i);
    expect(notes).toHaveTextContent('<5');
  });

  it('lists members by organizing status in the order members move through them', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
    });
    renderApp('/');

    const table = await screen.findByRole('table', { name: 'Members by organizing status' });
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Not started',
      'Trained',
      'Mapping their workplace',
      'Organizing committee',
      'In a campaign',
      'Unionized',
    ]);
    expect(rowOf('Members by organizing status', 'In a campaign')[0]).toHaveTextContent(/^<5$/);
    expect(
      within(rowOf('Members by organizing status', 'Organizing committee')[0]!).getByTitle(HIDDEN),
    ).toBeInTheDocument();
  });

  it('says what went wrong when the figures cannot be loaded', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/stats/national': {
        status: 403,
        body: { error: { code: 'forbidden', message: 'You may not see this' } },
      },
    });
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You may not see this');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('chapter dashboard', () => {
  it("shows the committee its own chapter's figures under the chapter's name", async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/stats/chapters/7': {
        body: {
          chapterId: 7,
          members: 48,
          membersInGoodStanding: 44,
          membersMapped: 0,
          workplaces: 12,
          byOrganizingStatus: { not_started: 30, trained: 10, mapping: 8 },
        },
      },
    });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Triangle chapter' }),
    ).toBeVisible();
    expect(screen.getByTestId('total-members')).toHaveTextContent('48');
    expect(screen.getByText('0%')).toBeInTheDocument();
    expect(rowOf('Members by organizing status', 'Unionized')[0]).toHaveTextContent('0');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});

describe('member welcome', () => {
  it('greets a member with their chapter and asks for no figures', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(keishaMember),
      'GET /api/chapters/7': { body: triangleChapter },
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Your chapter: Triangle' })).toBeVisible();
    expect(screen.getByText('See the industry pods you belong to')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /petition|vote/i })).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith('/api/stats'))).toBe(false);
    expect(screen.queryByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
