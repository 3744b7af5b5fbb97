/** Where the chapter workspace's pages live; the app's route table uses the same paths. */
export const workspacePaths = {
  root: '/chapter',
  workplaces: '/chapter/workplaces',
  workplace: (id: number) => `/chapter/workplaces/${id}`,
  members: '/chapter/members',
  member: (id: number) => `/chapter/members/${id}`,
  import: '/chapter/import',
  audit: '/chapter/audit',
} as const;
