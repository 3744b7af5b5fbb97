/** Where this feature's pages live; the app's route table uses the same paths. */
export const podPaths = {
  list: '/pods',
  pod: (id: number) => `/pods/${id}`,
  pipeline: '/pipeline',
  employer: (key: string) => `/pipeline/employers/${encodeURIComponent(key)}`,
  campaign: (id: number) => `/campaigns/${id}`,
} as const;
