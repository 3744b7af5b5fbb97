import { naicsSectors } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { stageKeys, type StageKey, type WorkplaceFilters as Filters } from '../workplace-view';

interface WorkplaceFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const isStageKey = (v: string): v is StageKey => (stageKeys as readonly string[]).includes(v);

/** Industry and stage. A pod filter comes with pods: until then the note says so. */
export function WorkplaceFilters({ filters, onChange }: WorkplaceFiltersProps) {
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
      <p className="muted map-controls-note">{t('maps.chapter.podsLater')}</p>
    </div>
  );
}
