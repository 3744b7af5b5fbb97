import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportResult, RosterField } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

/** A column header, as written in the file, to the roster field it fills, or "ignore". */
export type ColumnMapping = Record<string, RosterField | 'ignore'>;

export interface ImportRun {
  csv: string;
  mapping: ColumnMapping;
  dryRun: boolean;
  skipRejected?: boolean;
}

export const importUrls = {
  /** The template with its headers in the page's language. */
  template: (lang: string) => `/api/import/template.csv?lang=${lang === 'es' ? 'es' : 'en'}`,
  exportMembers: (chapterId: number) => `/api/chapters/${chapterId}/export/members.csv`,
  exportWorkplaces: (chapterId: number) => `/api/chapters/${chapterId}/export/workplaces.csv`,
};

function runUrl(chapterId: number, run: ImportRun) {
  const params = new URLSearchParams({
    dryRun: String(run.dryRun),
    skipRejected: String(run.skipRejected ?? false),
  });
  if (Object.keys(run.mapping).length) params.set('mapping', JSON.stringify(run.mapping));
  return `/api/chapters/${chapterId}/import/members?${params.toString()}`;
}

/** Checks (dry run) or imports a roster file; a committed import changes the member lists. */
export function useImportMutation(chapterId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: ImportRun) => http.postText<ImportResult>(runUrl(chapterId, run), run.csv),
    onSuccess: async (result) => {
      if (!result.committed) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: rootKeys.members }),
        queryClient.invalidateQueries({ queryKey: rootKeys.workplaces }),
      ]);
    },
  });
}
