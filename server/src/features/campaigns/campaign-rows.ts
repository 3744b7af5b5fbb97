import { supportShare, type CampaignRecord, type CampaignStage } from '@shopfloor/shared';

/** camelCase values ↔ campaign rows: the one place that knows the campaigns columns. */
export interface CampaignValues {
  kind?: string;
  program?: string | null;
  partnerUnion?: string | null;
  unitSize?: number | null;
  assessments?: Record<1 | 2 | 3 | 4 | 5, number>;
  stage?: CampaignStage;
  startedOn?: string;
  publicSince?: string | null;
  approval?: CampaignRecord['approval'];
  approvalMetrics?: string | null;
  approvalReason?: string | null;
  outcome?: CampaignRecord['outcome'];
  appraisalWorked?: string | null;
  appraisalDidnt?: string | null;
}

const columns = {
  kind: 'kind',
  program: 'program',
  partnerUnion: 'partner_union',
  unitSize: 'unit_size',
  stage: 'stage',
  startedOn: 'started_on',
  publicSince: 'public_since',
  approval: 'approval',
  approvalMetrics: 'approval_metrics',
  approvalReason: 'approval_reason',
  outcome: 'outcome',
  appraisalWorked: 'appraisal_worked',
  appraisalDidnt: 'appraisal_didnt',
} as const;

export function toRow(v: CampaignValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) {
    const value = v[field as keyof typeof columns];
    if (value !== undefined) row[column] = value;
  }
  if (v.assessments)
    for (const k of [1, 2, 3, 4, 5] as const) row[`assess_${k}`] = v.assessments[k];
  return row;
}

/** A campaign row; `full` says whether the caller may see its employer and site. */
export function toCampaign(r: Record<string, unknown>, full: boolean): CampaignRecord {
  const assessments = {
    1: Number(r.assess_1),
    2: Number(r.assess_2),
    3: Number(r.assess_3),
    4: Number(r.assess_4),
    5: Number(r.assess_5),
  };
  const unitSize = r.unit_size == null ? null : Number(r.unit_size);
  const share = supportShare(assessments, unitSize);
  const text = (v: unknown) => (v as string | null) ?? null;
  return {
    id: r.id as number,
    workplaceId: r.workplace_id as number,
    chapterId: r.chapter_id as number,
    kind: r.kind as CampaignRecord['kind'],
    program: (r.program as string | null) ?? null,
    partnerUnion: (r.partner_union as string | null) ?? null,
    unitSize,
    assessments,
    supportShare: share,
    majority: share !== null && share > 0.5,
    stage: r.stage as CampaignStage,
    approval: r.approval as CampaignRecord['approval'],
    approvalMetrics: text(r.approval_metrics),
    approvalReason: text(r.approval_reason),
    outcome: (r.outcome as CampaignRecord['outcome']) ?? null,
    appraisalWorked: text(r.appraisal_worked),
    appraisalDidnt: text(r.appraisal_didnt),
    industry: (r.industry as string | null) ?? null,
    state: (r.state as string | null) ?? null,
    startedOn: r.started_on as string,
    isPublic: r.public_since != null,
    publicSince: text(r.public_since),
    ...(full
      ? { employer: r.employer as string, siteName: (r.site_name as string | null) ?? null }
      : {}),
    version: r.version as number,
  };
}
