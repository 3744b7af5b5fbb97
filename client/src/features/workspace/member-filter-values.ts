import { membershipStatuses, organizingStatuses } from '@shopfloor/shared';
import type { MemberFilters } from './api/members';

export const memberFilterKeys = ['q', 'status', 'organizingStatus', 'mapped'] as const;
export type MemberFilterValues = Record<(typeof memberFilterKeys)[number], string>;

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The address's filter values, with anything the server would refuse left out. */
export function toMemberFilters(values: MemberFilterValues): MemberFilters {
  return {
    q: values.q.trim() || undefined,
    status: oneOf(membershipStatuses, values.status),
    organizingStatus: oneOf(organizingStatuses, values.organizingStatus),
    mapped: oneOf(['yes', 'no'] as const, values.mapped),
  };
}
