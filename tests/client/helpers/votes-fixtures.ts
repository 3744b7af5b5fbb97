import type { Forum, MemberVote, Petition, Turnout, VoteResults } from '@shopfloor/shared';
import { vi } from 'vitest';
import type { VoteDetail } from '../../../client/src/features/votes/api/votes';

/** Recharts measures its box with ResizeObserver, which jsdom lacks: a stand-in that never fires. */
export function stubResizeObserver() {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

/** The demo's salting petition: 6 of the 10 signatures it needs. */
export function saltingPetition(overrides: Partial<Petition> = {}): Petition {
  return {
    id: 3,
    title: 'Put a national salting program to a member vote',
    question:
      'Should DSA fund a national program that helps members take union-organizing jobs in strategic industries?',
    language: 'en',
    state: 'open',
    signatures: 6,
    threshold: 10,
    thresholdPercent: 5,
    membersInGoodStanding: 200,
    openedAt: '2026-11-17T12:00:00.000Z',
    qualifiedAt: null,
    voteId: null,
    signedByMe: false,
    openedByMe: false,
    version: 1,
    ...overrides,
  };
}

export const forums: Forum[] = [
  {
    id: 1,
    voteId: 8,
    startsAt: '2026-11-13T23:00:00.000Z',
    link: 'https://meet.example.org/forum-1',
    recordingUrl: 'https://video.example.org/forum-1',
    version: 2,
  },
  {
    id: 2,
    voteId: 8,
    // Far ahead, so it stays "to come" whenever the test runs.
    startsAt: '2099-11-16T17:00:00.000Z',
    link: 'https://meet.example.org/forum-2',
    recordingUrl: null,
    version: 1,
  },
];

/** The demo's open endorsement vote, as GET /api/me/votes gives it to Keisha. */
export function endorsementVote(overrides: Partial<MemberVote> = {}): MemberVote {
  return {
    id: 8,
    kind: 'endorsement',
    state: 'open',
    title: 'Endorse Valeria Gómez for U.S. House (NC-4)',
    question: 'Should DSA endorse Valeria Gómez, a Durham teacher and union steward?',
    language: 'en',
    seats: null,
    candidates: [],
    opensOn: '2026-11-20',
    closesOn: '2026-12-06',
    onRoll: true,
    voted: false,
    forums,
    statements: [
      { id: 1, side: 'for', text: 'Valeria led the 2025 school walkouts.', language: 'en' },
      { id: 2, side: 'against', text: 'Her campaign takes corporate PAC money.', language: 'en' },
    ],
    ...overrides,
  };
}

/** A leadership election for two seats among three candidates, ranked. */
export function leadershipVote(overrides: Partial<MemberVote> = {}): MemberVote {
  return endorsementVote({
    id: 9,
    kind: 'leadership',
    title: 'Elect the labor commission co-chairs',
    question: 'Rank the candidates for co-chair.',
    seats: 2,
    candidates: [
      { id: 1, name: 'Ana Ruiz' },
      { id: 2, name: 'Ben Okafor' },
      { id: 3, name: 'Chen Li' },
    ],
    ...overrides,
  });
}

/** GET /api/votes/8 once the endorsement vote has closed. */
export function closedEndorsement(overrides: Partial<VoteDetail> = {}): VoteDetail {
  return {
    id: 8,
    kind: 'endorsement',
    state: 'closed',
    title: { en: 'Endorse Valeria Gómez for U.S. House (NC-4)', es: 'Respaldar a Valeria Gómez' },
    question: {
      en: 'Should DSA endorse Valeria Gómez?',
      es: '¿Debe DSA respaldar a Valeria Gómez?',
    },
    seats: null,
    candidates: [],
    petitionId: null,
    opensOn: '2026-11-20',
    closesOn: '2026-12-06',
    openedAt: '2026-11-20T12:00:00.000Z',
    closedAt: '2026-12-06T12:00:00.000Z',
    statementsSentAt: '2026-11-10T12:00:00.000Z',
    rollSize: 210,
    createdAt: '2026-11-01T12:00:00.000Z',
    version: 5,
    forums,
    statements: [],
    ...overrides,
  };
}

/** Results of a vote with 12 ballots: below 20, so only the totals and the hashes are published. */
export function unpublishedResults(receiptHashes: string[]): VoteResults {
  return {
    voteId: 8,
    kind: 'endorsement',
    closedAt: '2026-12-06T12:00:00.000Z',
    rollSize: 210,
    participation: 12,
    ballotsCast: 12,
    outcome: { method: 'majority', totals: { yes: 8, no: 3, abstain: 1 }, result: 'yes' },
    ballotsPublished: false,
    minimumForPublication: 20,
    ballots: null,
    receiptHashes,
  };
}

/** Turnout by region as national sees it: the West's count is small, the Northeast's hidden. */
export const regionTurnout: Turnout = {
  voteId: 8,
  by: 'region',
  suppressionThreshold: 5,
  roll: 210,
  voted: 26,
  turnout: 12.4,
  groups: [
    { key: 'midwest', label: 'Midwest', roll: 20, voted: 6, turnout: 30 },
    { key: 'northeast', label: 'Northeast', roll: 12, voted: 'suppressed', turnout: null },
    { key: 'south', label: 'South', roll: 170, voted: 18, turnout: 10.6 },
    { key: 'west', label: 'West', roll: 8, voted: '<5', turnout: null },
  ],
};
