import type {
  GoalStatus,
  Mentorship,
  RecruitmentPoint,
  RecruitmentStats,
  ReserveOrganizer,
  SessionUser,
  SouthCoverage,
} from '@shopfloor/shared';

export const podCoordinator: SessionUser = {
  id: 5,
  email: 'organizer@demo.test',
  role: 'organizer',
  chapterId: 7,
  memberId: null,
  language: 'en',
};

/** The 24 months ending November 2026, as the server's default window. */
export const months = Array.from({ length: 24 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 11 + i, 1));
  return d.toISOString().slice(0, 7);
});

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));

/** A quiet month: nobody joined or lapsed, `members` in good standing. */
export function point(month: string, overrides: Partial<RecruitmentPoint> = {}): RecruitmentPoint {
  return {
    month,
    joins: 0,
    lapses: 0,
    net: 0,
    members: 40,
    bySource: zeros(['workplace', 'campaign', 'event', 'online', 'other', 'unknown']),
    byLanguage: zeros(['en', 'es']),
    byIndustry: { '62': 0, unmapped: 0, unknown: 0 },
    byRegion: zeros(['northeast', 'midwest', 'south', 'west']),
    ...overrides,
  };
}

export function goal(overrides: Partial<GoalStatus> = {}): GoalStatus {
  return {
    id: 4,
    metric: 'members',
    scope: 'chapter',
    scopeRef: '7',
    target: 60,
    startsOn: '2026-01-01',
    dueOn: '2027-12-31',
    createdBy: 3,
    version: 0,
    scopeLabel: 'Triangle',
    current: 44,
    met: false,
    remaining: 16,
    monthsLeft: 13.27,
    pacePerMonth: 1.21,
    trendPerMonth: 1.86,
    projectedOn: '2027-08-12',
    onPace: true,
    trend: 'rising',
    ...overrides,
  };
}

/** Triangle's figures: growing, with one month of joins whose breakdown hides small counts. */
export function triangleRecruitment(overrides: Partial<RecruitmentStats> = {}): RecruitmentStats {
  return {
    scope: 'chapter',
    id: '7',
    label: 'Triangle',
    interval: 'month',
    from: months[0]!,
    to: months[23]!,
    suppressionThreshold: null,
    series: months.map((m, i) =>
      point(m, {
        members: 20 + i,
        joins: i === 23 ? 0 : 1,
        net: i === 23 ? 0 : 1,
      }),
    ),
    retention: months.slice(0, 12).map((m, i) => ({
      month: m,
      checkedAt: months[i + 12]!,
      joined: 1,
      retained: 1,
      rate: 1,
    })),
    goals: [goal()],
    ...overrides,
  };
}

export function southRecruitment(): RecruitmentStats {
  return {
    scope: 'region',
    id: 'south',
    label: 'South',
    interval: 'month',
    from: months[0]!,
    to: months[23]!,
    suppressionThreshold: 5,
    series: months.map((m, i) =>
      i === 22
        ? point(m, {
            joins: 9,
            lapses: '<5',
            net: null,
            members: 120,
            bySource: {
              workplace: 6,
              campaign: '<5',
              event: 'suppressed',
              online: 0,
              other: 0,
              unknown: 0,
            },
            byRegion: { northeast: 0, midwest: 0, south: 9, west: 0 },
          })
        : point(m, { members: 100 }),
    ),
    retention: [],
    goals: [
      goal({
        id: 2,
        metric: 'members',
        scope: 'region',
        scopeRef: 'south',
        scopeLabel: 'South',
        target: 100_000,
        dueOn: '2028-12-31',
        current: 120,
      }),
      goal({
        id: 3,
        metric: 'recruits',
        scope: 'region',
        scopeRef: 'south',
        scopeLabel: 'South',
        target: 60,
        startsOn: '2026-01-01',
        dueOn: '2027-06-30',
        current: '<5',
        trend: 'suppressed',
        pacePerMonth: null,
        trendPerMonth: null,
        projectedOn: null,
        onPace: null,
        met: null,
        remaining: null,
      }),
    ],
  };
}

const noCoverage = {
  chapters: 0,
  chaptersWithLaborCommittee: 0,
  chaptersWithClcDelegate: 0,
  pods: 0,
  members: 0,
  membersMapped: 0,
  mappedShare: null,
  activeCampaigns: 0,
};

export const southCoverage: SouthCoverage = {
  suppressionThreshold: 5,
  states: [
    { state: 'AL', name: 'Alabama', ...noCoverage, reserveOrganizers: 1 },
    {
      state: 'GA',
      name: 'Georgia',
      ...noCoverage,
      chapters: 1,
      members: 30,
      membersMapped: 19,
      mappedShare: 0.633,
      reserveOrganizers: 1,
    },
    {
      state: 'NC',
      name: 'North Carolina',
      chapters: 2,
      chaptersWithLaborCommittee: 1,
      chaptersWithClcDelegate: 1,
      pods: 1,
      members: 51,
      membersMapped: 27,
      mappedShare: 0.529,
      activeCampaigns: '<5',
      reserveOrganizers: 0,
    },
    {
      state: 'WV',
      name: 'West Virginia',
      ...noCoverage,
      chapters: 1,
      chaptersWithClcDelegate: 1,
      members: 6,
      membersMapped: '<5',
      reserveOrganizers: 0,
    },
  ],
  totals: {
    chapters: 4,
    chaptersWithLaborCommittee: 1,
    chaptersWithClcDelegate: 2,
    pods: 1,
    members: 87,
    membersMapped: 'suppressed',
    mappedShare: null,
    activeCampaigns: '<5',
    reserveOrganizers: 2,
    regionPods: 0,
  },
  bySizeClass: [
    {
      sizeClass: 'metro',
      chapters: 2,
      chaptersWithLaborCommittee: 1,
      chaptersWithClcDelegate: 1,
      pods: 1,
      members: 75,
      membersMapped: 44,
      mappedShare: 0.587,
      activeCampaigns: '<5',
    },
    { sizeClass: 'small_city', ...noCoverage, chapters: 1, members: 6, membersMapped: '<5' },
    { sizeClass: 'rural', ...noCoverage, chapters: 1, chaptersWithClcDelegate: 1, members: 6 },
  ],
  gaps: [
    {
      chapterId: 3,
      name: 'Atlanta',
      state: 'GA',
      sizeClass: 'metro',
      members: 30,
      hasLaborCommittee: false,
      hasClcDelegate: false,
      pods: 0,
      missing: ['labor_committee', 'pod'],
      reserveOrganizers: 1,
    },
    {
      chapterId: 6,
      name: 'Huntington',
      state: 'WV',
      sizeClass: 'rural',
      members: 6,
      hasLaborCommittee: false,
      hasClcDelegate: true,
      pods: 0,
      missing: ['labor_committee', 'pod'],
      reserveOrganizers: 0,
    },
  ],
  trend: {
    months: months.map((m, i) => ({
      month: m,
      members: 60 + i,
      membersMapped: i < 3 ? '<5' : 10 + i,
      mappedShare: i < 3 ? null : (10 + i) / (60 + i),
    })),
    committeeHistory: 'not_recorded',
    note: 'Labor committees are recorded as they are now, without the date they formed, so the trend gives members and mapped members only.',
  },
};

export function organizer(overrides: Partial<ReserveOrganizer> = {}): ReserveOrganizer {
  return {
    id: 1,
    memberId: 49,
    firstName: 'Sofia',
    lastName: 'Thomas',
    chapter: { id: 2, name: 'Chicago', state: 'IL' },
    skills: ['committee_building', 'union_elections'],
    languages: ['en', 'es'],
    hoursPerMonth: 12,
    states: ['GA', 'IL', 'TX'],
    industries: ['48-49'],
    openMentorships: 1,
    since: '2026-03-02T15:00:00.000Z',
    version: 0,
    ...overrides,
  };
}

export const carlos = organizer({
  id: 3,
  memberId: 181,
  firstName: 'Carlos',
  lastName: 'Davis',
  chapter: { id: 8, name: 'Madison', state: 'WI' },
  skills: ['contract_campaigns', 'bargaining'],
  languages: ['en'],
  hoursPerMonth: 6,
  states: ['KY', 'TN', 'WI'],
  industries: ['61'],
  openMentorships: 0,
});

export function mentorship(overrides: Partial<Mentorship> = {}): Mentorship {
  return {
    id: 1,
    reserveId: 1,
    mentor: {
      memberId: 49,
      firstName: 'Sofia',
      lastName: 'Thomas',
      chapterId: 2,
      chapterName: 'Chicago',
      inReserve: true,
    },
    chapter: { id: 3, name: 'Atlanta', state: 'GA' },
    memberId: null,
    status: 'proposed',
    notes: 'A mapping night first',
    startedOn: null,
    endedOn: null,
    createdAt: '2026-09-08T15:00:00.000Z',
    version: 2,
    ...overrides,
  };
}
