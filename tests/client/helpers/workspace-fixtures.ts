import type { Campaign, ImportResult, Member, WorkplaceSummary } from '@shopfloor/shared';

/** A Triangle workplace as the workplaces table gets it; override what a test is about. */
export function workplaceRow(overrides: Partial<WorkplaceSummary> = {}): WorkplaceSummary {
  return {
    id: 21,
    chapterId: 7,
    employer: 'Duke University Health System',
    siteName: 'Duke University Hospital',
    address: '2301 Erwin Rd',
    city: 'Durham',
    state: 'NC',
    zip: '27710',
    lat: 36.0,
    lng: -78.9,
    industry: '62',
    size: '1000+',
    unionStatus: 'partial',
    unionName: 'SEIU',
    confirmed: true,
    version: 2,
    members: 6,
    campaign: { id: 12, stage: 'mapping', version: 3 },
    ...overrides,
  };
}

/** What POST /api/campaigns/:id/stage answers: the campaign after the move. */
export function campaignAfter(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 12,
    workplaceId: 21,
    chapterId: 7,
    kind: 'union_drive',
    program: null,
    partnerUnion: 'SEIU',
    unitSize: 120,
    assessments: { 1: 10, 2: 5, 3: 0, 4: 0, 5: 0 },
    supportShare: 0.125,
    stage: 'committee',
    approval: 'none',
    outcome: null,
    industry: '62',
    state: 'NC',
    startedOn: '2025-01-10',
    isPublic: false,
    employer: 'Duke University Health System',
    siteName: 'Duke University Hospital',
    version: 4,
    ...overrides,
  };
}

/** A dry run of a five-line roster whose fourth line has a ZIP code nobody knows. */
export function dryRun(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    dryRun: true,
    committed: false,
    created: 3,
    updated: 1,
    unchanged: 0,
    rejected: [{ line: 4, errors: ['zip: 99999 is not a US ZIP code we know'] }],
    columns: [
      { header: 'ak_id', field: 'akId' },
      { header: 'first_name', field: 'firstName' },
      { header: 'last_name', field: 'lastName' },
      { header: 'zip', field: 'zip' },
      { header: 'Cell', field: null },
    ],
    ...overrides,
  };
}

export const keisha: Member = {
  id: 41,
  chapterId: 7,
  akId: '100201',
  firstName: 'Keisha',
  lastName: 'Bell',
  email: 'keisha.bell@example.org',
  phone: null,
  zip: '27701',
  preferredLanguage: 'en',
  joinedOn: '2023-04-02',
  lapsedOn: null,
  status: 'good_standing',
  recruitmentSource: null,
  recruitedBy: null,
  unionMember: false,
  unionName: null,
  unionLocal: null,
  unionStaff: false,
  organizingStatus: 'trained',
  leadershipNotes: null,
  version: 5,
};
