import { naicsSectors, type Pod } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { isStageKey, stageKeys } from '../../../components/ui/stage-looks';
import type { WorkplaceFilters as Filters } from '../workplace-view';

interface WorkplaceFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** The chapter's labor pods; none, and the pod filter is not offered. */
  pods: readonly Pick<Pod, 'id' | 'name'>[];
}

/** Industry, stage and labor pod. */
export function WorkplaceFilters({ filters, onChange, pods }: WorkplaceFiltersProps) {
  const { t, i18n } = useTranslation();
  const spanish = i18n.resolvedLanguage === 'es';
  return (
    <div className="map-controls" role="group" aria-label={t('maps.chapter.filters')}>
      <div className="field">
        <label htmlFor="filter-industry">{t('maps.chapter.industry')}</label>
        <select
          id="filter-industry"
          value={filters.industry ?? ''}
          onChange={(e) => onChange({ ...filters, industry: e.target.value || null })}
        >
          <option value="">{t('maps.chapter.all')}</option>
          {naicsSectors.map((s) => (
            <option key={s.code} value={s.code}>
              {spanish ? s.nameEs : s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-stage">{t('maps.chapter.stage')}</label>
        <select
          id="filter-stage"
          value={filters.stage ?? ''}
          onChange={(e) =>
            onChange({ ...filters, stage: isStageKey(e.target.value) ? e.target.value : null })
          }
        >
          <option value="">{t('maps.chapter.all')}</option>
          {stageKeys.map((stage) => (
            <option key={stage} value={stage}>
              {t(`maps.stages.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      {pods.length > 0 && (
        <div className="field">
          <label htmlFor="filter-pod">{t('maps.chapter.pod')}</label>
          <select
            id="filter-pod"
            value={filters.pod ?? ''}
            onChange={(e) => onChange({ ...filters, pod: Number(e.target.value) || null })}
          >
            <option value="">{t('maps.chapter.allPods')}</option>
            {pods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
