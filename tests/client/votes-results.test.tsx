import { createHash } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import type { VoteResults } from '@shopfloor/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keishaMember, loggedIn } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import {
  closedEndorsement,
  leadershipVote,
  stubResizeObserver,
  unpublishedResults,
} from './helpers/votes-fixtures';

const RECEIPT = '7K2M-QX9D-4TRA-HB3E-PZ6N';
/** What the server publishes: hex SHA-256 of the receipt exactly as it was given to the voter. */
const hashOf = (receipt: string) => createHash('sha256').update(receipt, 'utf8').digest('hex');
const OTHER = hashOf('0000-0000-0000-0000-0000');

function resultsApi(vote: unknown, results: VoteResults) {
  return mockApi({
    'GET /api/auth/session': loggedIn(keishaMember),
    'GET /api/votes/8': { body: vote },
    'GET /api/votes/8/results': { body: results },
  });
}

beforeEach(stubResizeObserver);
afterEach(() => {
  vi.restoreAllMocks();
});

/** The text of every file a download button saves, by file name. */
function catchDownloads() {
  const files = new Map<string, Promise<string>>();
  let created: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created = blob as Blob;
    return 'blob:chart';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = created!;
    // jsdom's Blob has no text(); the byte-order mark is dropped by the reader.
    files.set(
      this.download,
      new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blob);
      }),
    );
  });
  return files;
}

describe('the results of a closed vote', { timeout: 20_000 }, () => {
  it('shows the totals and, with fewer than 20 ballots, finds a receipt among the counted ones', async () => {
    resultsApi(closedEndorsement(), unpublishedResults([OTHER, hashOf(RECEIPT)]));
    const { user } = renderApp('/votes/8/results');

    expect(
      await screen.findByRole('heading', { level: 1, name: /Endorse Valeria Gómez/ }),
    ).toBeVisible();
    expect(screen.getByTestId('outcome')).toHaveTextContent('More members voted yes than no.');
    const rows = within(screen.getByTestId('totals-table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'AnswerBallotsShare of ballots',
      'Yes866.7%',
      'No325%',
      'Abstain18.3%',
      'Total12',
    ]);
    // The chart can be taken to a meeting: as an image, and its table as a CSV file.
    const chart = screen.getByRole('region', { name: 'Ballots for each answer' });
    expect(chart).toBe(screen.getByTestId('totals-chart'));
    expect(within(chart).getByRole('button', { name: 'Download PNG' })).toBeVisible();
    const files = catchDownloads();
    await user.click(within(chart).getByRole('button', { name: 'Download CSV' }));
    expect(await files.get('ballots-for-each-answer.csv')).toBe(
      'Answer,Ballots,Share of ballots\nYes,8,66.7%\nNo,3,25%\nAbstain,1,8.3%\nTotal,12,\n',
    );
    expect(screen.getByTestId('not-published')).toHaveTextContent(
      'Ballots are not published individually because fewer than 20 members voted',
    );

    const input = screen.getByLabelText('Your receipt code');
    await user.click(screen.getByRole('button', { name: 'Find my ballot' }));
    expect(input).toHaveAccessibleDescription(/Paste or type your receipt code first/);

    // Pasted with a stray space and in lower case: still the same receipt.
    await user.type(input, ` ${RECEIPT.toLowerCase()} `);
    await user.click(screen.getByRole('button', { name: 'Find my ballot' }));
    const result = screen.getByTestId('find-result');
    expect(await within(result).findByText(/Your ballot was counted/)).toBeVisible();
    expect(result).toHaveTextContent(hashOf(RECEIPT));

    await user.clear(input);
    await user.type(input, '7K2M-QX9D-4TRA-HB3E-PZ6X');
    await user.click(screen.getByRole('button', { name: 'Find my ballot' }));
    expect(await within(result).findByText(/No ballot has this receipt code/)).toBeVisible();
  });

  it('shows the published ballot that matches the receipt', async () => {
    const results: VoteResults = {
      ...unpublishedResults([]),
      participation: 21,
      ballotsCast: 21,
      ballotsPublished: true,
      ballots: [
        { receiptHash: OTHER, choices: { choice: 'yes' } },
        { receiptHash: hashOf(RECEIPT), choices: { choice: 'no' } },
      ],
      receiptHashes: [OTHER, hashOf(RECEIPT)],
    };
    resultsApi(closedEndorsement(), results);
    const { user } = renderApp('/votes/8/results');

    await user.type(await screen.findByLabelText('Your receipt code'), RECEIPT);
    await user.click(screen.getByRole('button', { name: 'Find my ballot' }));
    const result = screen.getByTestId('find-result');
    expect(
      await within(result).findByText('Your ballot is in the published list. It says:'),
    ).toBeVisible();
    expect(within(result).getByText('No')).toBeVisible();
    expect(screen.queryByTestId('not-published')).toBeNull();
  });

  it('lays out a ranked count stage by stage, with the quota and who was elected', async () => {
    const { candidates } = leadershipVote();
    const vote = closedEndorsement({ kind: 'leadership', seats: 1, candidates });
    const results: VoteResults = {
      ...unpublishedResults([]),
      kind: 'leadership',
      outcome: {
        method: 'stv',
        rule: 'test',
        seats: 1,
        validBallots: 12,
        quota: 7,
        elected: [1],
        seed: 'x',
        rounds: [
          {
            stage: 1,
            action: 'first_preferences',
            candidate: null,
            transfers: {},
            nonTransferable: 0,
            votes: { '1': 5, '2': 4, '3': 3 },
            elected: [],
            tieBreak: null,
          },
          {
            stage: 2,
            action: 'exclusion',
            candidate: 3,
            transfers: { '1': 2, '2': 1 },
            nonTransferable: 0,
            votes: { '1': 7, '2': 5, '3': 0 },
            elected: [1],
            tieBreak: null,
          },
        ],
      },
    };
    resultsApi(vote, results);
    renderApp('/votes/8/results');

    expect(await screen.findByTestId('quota')).toHaveTextContent('7');
    expect(screen.getByTestId('elected')).toHaveTextContent('Ana Ruiz');
    const table = screen.getByTestId('rounds-table');
    expect(
      within(table).getByRole('columnheader', { name: /Stage 2\s*Chen Li excluded/ }),
    ).toBeDefined();
    const ana = within(table).getByRole('row', { name: /Ana Ruiz/ });
    expect(ana).toHaveTextContent('5+27Elected');
    expect(within(table).getByRole('row', { name: /^Chen Li/ })).toHaveTextContent('30Excluded');

    const first = screen.getByRole('region', { name: 'First preferences' });
    expect(within(first).getByRole('button', { name: 'Download PNG' })).toBeVisible();
    expect(within(first).getByRole('button', { name: 'Download CSV' })).toBeVisible();
    const firstRows = within(first).getAllByRole('row', { hidden: true });
    expect(firstRows.map((r) => r.textContent)).toEqual([
      'CandidateFirst preferences',
      'Ana Ruiz5',
      'Ben Okafor4',
      'Chen Li3',
    ]);
  });

  it('says results come at close while the vote is open', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(keishaMember),
      'GET /api/votes/8': { body: closedEndorsement({ state: 'open', closedAt: null }) },
    });
    renderApp('/votes/8/results');
    expect(await screen.findByText('Results are published when the vote closes.')).toBeVisible();
  });
});
