import {
  campaignStages,
  naicsCodes,
  unionStatuses,
  type CampaignStage,
  type UnionStatus,
} from '@shopfloor/shared';
import type { WorkplaceFilters, WorkplaceSort } from './api/workplaces';

export const workplaceFilterKeys = [
  'q',
  'industry',
  'stage',
  'unionStatus',
  'confirmed',
  'sort',
] as const;
export type WorkplaceFilterValues = Record<(typeof workplaceFilterKeys)[number], string>;

export const workplaceSorts = [
  'employer',
  '-employer',
  'members',
  '-members',
  '-updated',
  'updated',
] as const satisfies readonly WorkplaceSort[];

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The address's filter values, with anything the server would refuse left out. */
export function toWorkplaceFilters(values: WorkplaceFilterValues): WorkplaceFilters {
  return {
    q: values.q.trim() || undefined,
    industry: oneOf(naicsCodes, values.industry),
    stage: oneOf<CampaignStage | 'none'>([...campaignStages, 'none'], values.stage),
    unionStatus: oneOf<UnionStatus>(unionStatuses, values.unionStatus),
    confirmed: oneOf(['yes', 'no'] as const, values.confirmed),
    sort: oneOf(workplaceSorts, values.sort) ?? 'employer',
  };
}
