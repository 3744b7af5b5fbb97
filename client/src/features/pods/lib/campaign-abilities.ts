import type { CampaignRecord, SessionUser } from '@shopfloor/shared';

/** What the campaign page offers; the server decides in the end. */
export function campaignAbilities(
  user: Pick<SessionUser, 'role' | 'chapterId'>,
  campaign: Pick<CampaignRecord, 'chapterId' | 'approval'>,
) {
  const ownChapter = user.role === 'chapter' && user.chapterId === campaign.chapterId;
  const committee = ownChapter || user.role === 'admin';
  const open = campaign.approval === 'none' || campaign.approval === 'declined';
  return {
    /** Its chapter, an admin, or a coordinator of a pod that works there. */
    moveStage: committee || user.role === 'organizer',
    /** A chapter puts its own campaign to the DSLC (again, after a decline). */
    submit: committee && open,
    /** National staff and admins decide what was put to them. */
    decide:
      (user.role === 'national' || user.role === 'admin') && campaign.approval === 'submitted',
    /** The honest appraisal is the chapter's to write. */
    appraise: committee,
  };
}
