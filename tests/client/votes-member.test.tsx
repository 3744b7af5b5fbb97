import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { keishaMember, loggedIn } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { endorsementVote, leadershipVote, saltingPetition } from './helpers/votes-fixtures';

const RECEIPT = '7K2M-QX9D-4TRA-HB3E-PZ6N';
const cast = { status: 201, body: { receipt: RECEIPT, receiptHash: 'ab'.repeat(32) } };

function memberApi(votes = [endorsementVote()], extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/session': loggedIn(keishaMember),
    'GET /api/me/votes': { body: { language: 'en', votes } },
    'GET /api/petitions': { body: { items: [saltingPetition()], nextCursor: null } },
    ...extra,
  });
}

// Whole flows through the lazily loaded page: slower than one assertion.
describe('a member on the votes page', { timeout: 20_000 }, () => {
  it('signs the open petition and sees the count move toward the threshold', async () => {
    let signed = false;
    const { calls } = memberApi([], {
      'GET /api/petitions': () => ({
        body: {
          items: [saltingPetition(signed ? { signatures: 7, signedByMe: true } : {})],
          nextCursor: null,
        },
      }),
      'POST /api/petitions/3/signatures': () => {
        signed = true;
        return { status: 201, body: saltingPetition({ signatures: 7, signedByMe: true }) };
      },
    });
    const { user } = renderApp('/votes');

    const petition = await screen.findByTestId('petition');
    expect(within(petition).getByText('6 of 10 signatures needed')).toBeVisible();
    expect(within(petition).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6');
    expect(screen.getByRole('link', { name: 'Votes' })).toHaveAttribute('href', '/votes');
    await user.click(within(petition).getByRole('button', { name: /Sign this petition/ }));

    expect(await within(petition).findByText('You signed this petition.')).toBeVisible();
    expect(within(petition).getByText('7 of 10 signatures needed')).toBeVisible();
    expect(within(petition).queryByRole('button', { name: /Sign/ })).toBeNull();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/petitions/3/signatures');
    expect(post?.headers.get('X-CSRF-Token')).toBe('csrf-6');
  });

  it('shows the forums and both statements, and says a yes/no ballot needs an answer', async () => {
    const { calls } = memberApi([endorsementVote()], { 'POST /api/votes/8/ballots': cast });
    const { user } = renderApp('/votes');

    const card = await screen.findByTestId('vote-card');
    expect(within(card).getByRole('link', { name: 'Join forum 2' })).toBeDefined();
    expect(
      within(card).getByRole('link', { name: 'Watch the recording of forum 1' }),
    ).toHaveAttribute('href', 'https://video.example.org/forum-1');
    expect(within(card).getByText('Valeria led the 2025 school walkouts.')).toBeVisible();
    expect(within(card).getByText('Her campaign takes corporate PAC money.')).toBeVisible();

    await user.click(within(card).getByRole('button', { name: 'Cast my ballot' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Choose Yes, No or Abstain, then cast your ballot.',
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(card).getByLabelText('Yes'));
    expect(within(card).queryByRole('alert')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Cast my ballot' }));

    const receipt = await within(card).findByTestId('receipt');
    expect(within(receipt).getByTestId('receipt-code')).toHaveTextContent(RECEIPT);
    expect(receipt).toHaveTextContent(
      'Keep this code: after the vote closes you can find your ballot in the published list',
    );
    expect(
      within(receipt).getByRole('heading', { name: 'Your ballot has been cast' }),
    ).toHaveFocus();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ choice: 'yes' });
  });

  it('copies the receipt code', async () => {
    memberApi([endorsementVote()], { 'POST /api/votes/8/ballots': cast });
    const { user } = renderApp('/votes');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    const card = await screen.findByTestId('vote-card');
    await user.click(within(card).getByLabelText('Abstain'));
    await user.click(within(card).getByRole('button', { name: 'Cast my ballot' }));
    await user.click(await within(card).findByRole('button', { name: 'Copy the code' }));
    expect(writeText).toHaveBeenCalledWith(RECEIPT);
    expect(await within(card).findByText('Copied.')).toBeVisible();
  });

  it('checks a ranked ballot before sending it: none, repeated, skipped, then sent in order', async () => {
    const { calls } = memberApi([leadershipVote()], { 'POST /api/votes/9/ballots': cast });
    const { user } = renderApp('/votes');

    const card = await screen.findByTestId('vote-card');
    expect(card).toHaveTextContent('2 seats to fill.');
    const send = within(card).getByRole('button', { name: 'Cast my ballot' });
    await user.click(send);
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Rank at least one candidate: give choice 1 to your first choice.',
    );

    const ana = within(card).getByLabelText('Ana Ruiz');
    const ben = within(card).getByLabelText('Ben Okafor');
    const chen = within(card).getByLabelText('Chen Li');
    await user.selectOptions(ana, 'Choice 1');
    await user.selectOptions(ben, 'Choice 1');
    expect(within(card).getByRole('alert')).toHaveTextContent(
      'Choice 1 is given to more than one candidate (Ana Ruiz, Ben Okafor). Give each choice to one candidate only.',
    );
    expect(ana).toHaveAttribute('aria-invalid', 'true');
    expect(chen).not.toHaveAttribute('aria-invalid');

    await user.selectOptions(ben, 'Choice 3');
    expect(within(card).getByRole('alert')).toHaveTextContent('Choice 2 is missing.');
    expect(ben).toHaveAttribute('aria-invalid', 'true');
    expect(ben).toHaveAccessibleDescription(/Choice 2 is missing/);
    await user.click(send);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.selectOptions(ben, 'Choice 2');
    expect(within(card).queryByRole('alert')).toBeNull();
    await user.click(send);

    expect(await within(card).findByTestId('receipt-code')).toHaveTextContent(RECEIPT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      rankings: [
        { candidate: 1, rank: 1 },
        { candidate: 2, rank: 2 },
      ],
    });
  });

  it('says so when the member has already voted, and when the server refuses a second ballot', async () => {
    memberApi(
      [endorsementVote({ voted: true }), endorsementVote({ id: 10, title: 'Second vote' })],
      {
        'POST /api/votes/10/ballots': {
          status: 409,
          body: { error: { code: 'conflict', message: 'You have already voted in this vote' } },
        },
      },
    );
    const { user } = renderApp('/votes');

    expect(await screen.findByTestId('already-voted')).toHaveTextContent(
      'You have voted in this vote.',
    );
    const [, second] = screen.getAllByTestId('vote-card');
    await user.click(within(second!).getByLabelText('No'));
    await user.click(within(second!).getByRole('button', { name: 'Cast my ballot' }));
    expect(await within(second!).findByRole('alert')).toHaveTextContent(
      /you may have voted already/,
    );
  });

  it('speaks Spanish to a member who chose it', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...keishaMember, language: 'es' }),
      'GET /api/me/votes': { body: { language: 'es', votes: [endorsementVote()] } },
      'GET /api/petitions': {
        body: { items: [saltingPetition({ signatures: 312, threshold: 4021 })], nextCursor: null },
      },
    });
    renderApp('/votes');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votaciones y peticiones' }),
    ).toBeVisible();
    expect(await screen.findByText('312 de 4021 firmas necesarias')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Emitir mi voto' })).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText('Abstención')).toBeDefined());
  });
});
