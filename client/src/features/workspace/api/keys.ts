/**
 * The first part of every query key in the workspace. A change to one kind of record often shows
 * in another (a job moves a member and changes a workplace's count), so each hook invalidates
 * by these roots without importing the other factories.
 */
export const rootKeys = {
  workplaces: ['workplaces'],
  members: ['members'],
  campaigns: ['campaigns'],
  audit: ['audit'],
  chapters: ['workspace-chapters'],
} as const;
