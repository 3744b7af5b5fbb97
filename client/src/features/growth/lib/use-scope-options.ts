import { useMemo } from 'react';
import { states, type GoalScope, type SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';
import { useChapterList, usePodList } from '../api/places';
import { scopesFor } from './scope';

export interface ScopeOption {
  value: string;
  label: string;
}

const regionCodes = ['northeast', 'midwest', 'south', 'west'] as const;
const byName = [...states].sort((a, b) => a.name.localeCompare(b.name));

/**
 * The references to choose from for each scope, as far as the user's role reaches; pods are
 * loaded only when asked for.
 */
export function useScopeOptions(
  user: SessionUser,
  withPods = true,
): Record<GoalScope, ScopeOption[]> {
  const { t } = useTranslation();
  const industries = useIndustries();
  const allowed = scopesFor(user.role);
  const chapters = useChapterList(allowed.includes('chapter'));
  const pods = usePodList(
    user.role === 'chapter' ? user.chapterId : null,
    withPods && allowed.includes('pod'),
  );
  return useMemo(() => {
    const chapterOptions = (chapters.data ?? [])
      .filter((c) => user.role !== 'chapter' || c.id === user.chapterId)
      .map((c) => ({ value: String(c.id), label: c.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const podOptions = (pods.data?.items ?? [])
      // A committee reads its own chapter's pods' figures, not the region-wide ones.
      .filter((p) => user.role !== 'chapter' || p.chapterId === user.chapterId)
      .map((p) => ({ value: String(p.id), label: p.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return {
      nation: [],
      region: regionCodes.map((r) => ({ value: r, label: t(`regions.${r}`) })),
      state: byName.map((s) => ({ value: s.code, label: s.name })),
      industry: [...industries.options]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((o) => ({ value: o.code, label: o.label })),
      chapter: chapterOptions,
      pod: podOptions,
    };
  }, [chapters.data, pods.data, industries, t, user.role, user.chapterId]);
}
