import type { PodDetail, SessionUser } from '@shopfloor/shared';

/**
 * What the pod page offers the user, from the access the server reported and the role. The
 * server decides in the end; this only keeps buttons away from people they would refuse.
 */
export function podAbilities(user: Pick<SessionUser, 'role'>, pod: Pick<PodDetail, 'access'>) {
  const works = pod.access !== 'read';
  // National staff manage region and nation pods but never see or change people.
  const withPeople = works && user.role !== 'national';
  return {
    /** The progress charts: every role but members, who see their own pod's page only. */
    seesProgress: user.role !== 'member',
    movesStatus: withPeople,
    movesStage: withPeople,
    /** Starting a campaign is the chapter committee's (and admins'), not a coordinator's. */
    startsCampaign: withPeople && (user.role === 'chapter' || user.role === 'admin'),
    recordsMeetings: works,
    takesAttendance: withPeople,
    setsGoals: pod.access === 'manage',
  };
}
export type PodAbilities = ReturnType<typeof podAbilities>;
