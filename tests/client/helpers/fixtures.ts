import type { Chapter, NationalStats, SessionResponse, SessionUser } from '@shopfloor/shared';
import type { Reply } from './mock-api';

export const nationalStaff: SessionUser = {
  id: 2,
  email: 'national@demo.test',
  role: 'national',
  chapterId: null,
  memberId: null,
  language: 'en',
};

export const triangleCommittee: SessionUser = {
  id: 3,
  email: 'chapter@demo.test',
  role: 'chapter',
  chapterId: 7,
  memberId: null,
  language: 'en',
};

export const keishaMember: SessionUser = {
  id: 6,
  email: 'member@demo.test',
  role: 'member',
  chapterId: 7,
  memberId: 41,
  language: 'en',
};

export const loggedIn = (user: SessionUser): Reply => ({
  body: { user, csrfToken: `csrf-${user.id}` } satisfies SessionResponse,
});

export const notLoggedIn: Reply = {
  status: 401,
  body: { error: { code: 'unauthenticated', message: 'Not logged in' }, csrfToken: 'anon-csrf' },
};

export const triangleChapter: Chapter = {
  id: 7,
  name: 'Triangle',
  state: 'NC',
  city: 'Durham',
  zip: '27701',
  lat: 35.99,
  lng: -78.9,
  hasLaborCommittee: true,
  hasClcDelegate: true,
  sizeClass: 'metro',
  isSouth: true,
  version: 1,
};

/**
 * A national view where Wyoming has a small count ("<5") and Vermont's count is hidden beside it
 * ("suppressed") so Wyoming's cannot be recovered from the total by subtraction.
 */
export const nationalStatsWithSmallCells: NationalStats = {
  suppressionThreshold: 5,
  totals: {
    members: 12345,
    membersInGoodStanding: 11002,
    membersMapped: 3100,
    workplaces: 870,
    chapters: 4,
    chaptersWithLaborCommittee: 2,
  },
  byRegion: [
    { region: 'northeast', members: 5000, membersMapped: 1200, chapters: 1 },
    { region: 'midwest', members: 3000, membersMapped: 900, chapters: 1 },
    { region: 'south', members: 2345, membersMapped: 'suppressed', chapters: 1 },
    { region: 'west', members: 2000, membersMapped: '<5', chapters: 1 },
  ],
  byState: [
    {
      state: 'NC',
      members: 2345,
      membersMapped: 600,
      workplaces: 140,
      activeCampaigns: 0,
      recruitsLast90Days: 0,
      chapters: 1,
      chaptersWithLaborCommittee: 1,
    },
    {
      state: 'VT',
      members: 'suppressed',
      membersMapped: 250,
      workplaces: 30,
      activeCampaigns: 0,
      recruitsLast90Days: 0,
      chapters: 1,
      chaptersWithLaborCommittee: 0,
    },
    {
      state: 'WY',
      members: '<5',
      membersMapped: '<5',
      workplaces: 0,
      activeCampaigns: 0,
      recruitsLast90Days: 0,
      chapters: 1,
      chaptersWithLaborCommittee: 1,
    },
  ],
  byOrganizingStatus: {
    not_started: 9000,
    trained: 2000,
    mapping: 1000,
    committee: 'suppressed',
    campaign: '<5',
    unionized: 40,
  },
  south: { members: 2345, membersMapped: 600, chapters: 1, chaptersWithLaborCommittee: 1 },
};
