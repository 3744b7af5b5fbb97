import type {
  CampaignRecord,
  PipelineStats,
  PodDetail,
  PodProgress,
  PodProgressPoint,
  SessionUser,
} from '@shopfloor/shared';
import { vi } from 'vitest';

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

export const podCoordinator: SessionUser = {
  id: 5,
  email: 'organizer@demo.test',
  role: 'organizer',
  chapterId: 7,
  memberId: null,
  language: 'en',
};

/** Triangle's healthcare pod as its coordinator sees it: people, workplaces, one goal. */
export function trianglePod(overrides: Partial<PodDetail> = {}): PodDetail {
  return {
    id: 1,
    name: 'Triangle Healthcare Workers',
    description: 'Nurses, CNAs and techs at Duke and UNC hospitals.',
    industry: '62',
    scope: 'chapter',
    chapterId: 7,
    region: null,
    workplaceId: null,
    memberCount: 2,
    coordinatorCount: 1,
    version: 0,
    access: 'coordinate',
    coordinators: [{ userId: 5, email: 'organizer@demo.test' }],
    goals: [
      {
        id: 1,
        metric: 'trained',
        scope: 'pod',
        scopeRef: '1',
        target: 6,
        startsOn: '2026-09-01',
        dueOn: '2027-03-31',
        createdBy: 3,
        version: 0,
        current: 2,
      },
    ],
    members: [
      {
        id: 41,
        chapterId: 7,
        firstName: 'Keisha',
        lastName: 'Bell',
        organizingStatus: 'committee',
        mapped: true,
        version: 4,
      },
      {
        id: 42,
        chapterId: 7,
        firstName: 'Imani',
        lastName: 'Cohen',
        organizingStatus: 'trained',
        mapped: true,
        version: 1,
      },
    ],
    workplaces: [
      {
        id: 21,
        chapterId: 7,
        employer: 'Duke University Health System',
        siteName: 'Duke University Hospital',
        city: 'Durham',
        state: 'NC',
        industry: '62',
        members: 2,
        campaign: { id: 12, stage: 'committee', version: 1 },
      },
    ],
    ...overrides,
  };
}

const stages = {
  none: 0,
  mapping: 0,
  committee: 0,
  majority: 0,
  public: 0,
  election: 0,
  bargaining: 0,
  won: 0,
  lost: 0,
  paused: 0,
};

export function point(month: string, overrides: Partial<PodProgressPoint> = {}): PodProgressPoint {
  return {
    month,
    members: 2,
    byStatus: { not_started: 0, trained: 1, mapping: 0, committee: 1, campaign: 0, unionized: 0 },
    workplacesByStage: { ...stages, committee: 1 },
    recruits: 0,
    meetings: 0,
    attendances: 0,
    attendees: 0,
    ...overrides,
  };
}

export function podProgress(overrides: Partial<PodProgress> = {}): PodProgress {
  return {
    podId: 1,
    interval: 'month',
    from: '2026-10',
    to: '2026-11',
    suppressionThreshold: null,
    series: [point('2026-10'), point('2026-11')],
    funnel: { not_started: 0, trained: 1, mapping: 0, committee: 1, campaign: 0, unionized: 0 },
    workplacesByStage: { ...stages, committee: 1 },
    goals: trianglePod().goals,
    ...overrides,
  };
}

/** Duke's campaign as national staff see it in the queue: no employer or site. */
export function submittedCampaign(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    id: 12,
    workplaceId: 21,
    chapterId: 7,
    kind: 'union_drive',
    program: 'healthcare',
    partnerUnion: 'SEIU',
    unitSize: 120,
    assessments: { 1: 8, 2: 14, 3: 20, 4: 10, 5: 6 },
    supportShare: 0.183,
    majority: false,
    stage: 'committee',
    approval: 'submitted',
    approvalMetrics: null,
    approvalReason: null,
    outcome: null,
    appraisalWorked: null,
    appraisalDidnt: null,
    industry: '62',
    state: 'NC',
    startedOn: '2026-06-02',
    isPublic: false,
    publicSince: null,
    version: 3,
    ...overrides,
  };
}

export const suppressedPipeline: PipelineStats = {
  suppressionThreshold: 5,
  total: 12,
  byStage: {
    mapping: 6,
    committee: '<5',
    majority: 'suppressed',
    public: 0,
    election: 0,
    bargaining: 0,
    won: 0,
    lost: 0,
    paused: 0,
  },
  byIndustry: { '62': 7, '48-49': '<5' },
  byRegion: { south: 8, midwest: '<5', northeast: 0, west: 0 },
  byApproval: { none: 8, submitted: '<5', approved: '<5', declined: 0 },
  conversion: [
    { from: 'mapping', to: 'committee', reached: 12, advanced: 6, rate: 0.5 },
    { from: 'committee', to: 'majority', reached: 6, advanced: '<5', rate: null },
  ],
  medianDaysInStage: {
    mapping: { median: 81, stays: 6 },
    committee: { median: null, stays: '<5' },
  },
  winRate: { won: 0, lost: 0, rate: null },
};
