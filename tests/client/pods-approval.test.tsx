import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CampaignRecord } from '@shopfloor/shared';
import { loggedIn, nationalStaff } from './helpers/fixtures';
import { mockApi, type ApiCall } from './helpers/mock-api';
import { stubResizeObserver, submittedCampaign, suppressedPipeline } from './helpers/pods-fixtures';
import { renderApp } from './helpers/render-app';

beforeEach(stubResizeObserver);

function pipelineApi(queue: () => CampaignRecord[]) {
  return mockApi({
    'GET /api/auth/session': loggedIn(nationalStaff),
    'GET /api/stats/pipeline': { body: suppressedPipeline },
    'GET /api/campaigns': () => ({ body: { items: queue(), nextCursor: null } }),
    'GET /api/stats/employers': { body: [] },
    'POST /api/campaigns/12/approval': ({ body }) => ({
      body: submittedCampaign({
        approval: (body as { decision: CampaignRecord['approval'] }).decision,
      }),
    }),
  });
}

const decisions = (calls: ApiCall[]) => calls.filter((c) => c.url.endsWith('/approval'));

describe('national pipeline', { timeout: 20_000 }, () => {
  it('will not approve without metrics of success, nor decline without a reason', async () => {
    let queue = [submittedCampaign()];
    const { calls } = pipelineApi(() => queue);
    const { user } = renderApp('/pipeline');

    const item = await screen.findByTestId('queue-12');
    expect(
      within(item).getByRole('link', {
        name: 'Campaign #12: Health Care and Social Assistance, NC',
      }),
    ).toHaveAttribute('href', '/campaigns/12');

    await user.click(within(item).getByRole('button', { name: 'Approve the campaign' }));
    expect(
      within(item).getByText('Write the metrics of success: approving needs them.'),
    ).toBeInTheDocument();
    expect(within(item).getByRole('textbox', { name: 'Metrics of success' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.click(within(item).getByRole('radio', { name: 'Decline' }));
    await user.click(within(item).getByRole('button', { name: 'Decline the campaign' }));
    expect(within(item).getByText('Write the reason: declining needs one.')).toBeInTheDocument();
    expect(decisions(calls)).toHaveLength(0);

    await user.type(within(item).getByRole('textbox', { name: 'Reason' }), 'No partner union yet');
    queue = [];
    await user.click(within(item).getByRole('button', { name: 'Decline the campaign' }));

    expect(
      await screen.findByText('Campaign #12: Health Care and Social Assistance, NC declined.'),
    ).toBeInTheDocument();
    expect(decisions(calls)).toHaveLength(1);
    expect(decisions(calls)[0]!.body).toEqual({
      decision: 'declined',
      reason: 'No partner union yet',
      version: 3,
    });
    expect(await screen.findByText('No campaigns are waiting for a decision.')).toBeInTheDocument();
  });

  it('approves with the metrics written, starting from those the chapter proposed', async () => {
    const { calls } = pipelineApi(() => [
      submittedCampaign({ approvalMetrics: 'A committee of 15 by March' }),
    ]);
    const { user } = renderApp('/pipeline');

    const item = await screen.findByTestId('queue-12');
    const metrics = within(item).getByRole('textbox', { name: 'Metrics of success' });
    expect(metrics).toHaveValue('A committee of 15 by March');
    await user.clear(metrics);
    await user.type(metrics, 'A committee of 15 across three units by March');
    await user.click(within(item).getByRole('button', { name: 'Approve the campaign' }));

    await screen.findByText(/approved\.$/);
    expect(decisions(calls)[0]!.body).toEqual({
      decision: 'approved',
      metrics: 'A committee of 15 across three units by March',
      version: 3,
    });
  });

  it('shows suppressed counts as they came, and rates only where there are enough campaigns', async () => {
    pipelineApi(() => []);
    const { user } = renderApp('/pipeline');

    const stages = await screen.findByTestId('pipeline-stages');
    await user.click(within(stages).getByText('Show as table'));
    const committee = within(stages).getByRole('rowheader', { name: 'Committee' }).closest('tr')!;
    expect(committee).toHaveTextContent('<5');
    expect(screen.getByTestId('pipeline-total')).toHaveTextContent('12');

    const conversion = screen.getByTestId('pipeline-conversion');
    const rows = within(conversion).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('50%');
    expect(within(rows[2]!).getByText(/Too few campaigns/)).toBeInTheDocument();
  });
});
