import { useState, type FormEvent } from 'react';
import { campaignStages, unionStatuses } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';
import { workplaceSorts, type WorkplaceFilterValues } from '../workplace-filter-values';

interface WorkplaceFiltersProps {
  values: WorkplaceFilterValues;
  onChange: (key: keyof WorkplaceFilterValues, value: string) => void;
}

/** Search and filters for the workplaces table; each filter applies as soon as it is chosen. */
export function WorkplaceFilters({ values, onChange }: WorkplaceFiltersProps) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const [q, setQ] = useState(values.q);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange('q', q.trim());
  };

  return (
    <div className="filters" aria-label={t('workspace.filters.label')} role="region">
      <form role="search" className="search-form" onSubmit={onSearch}>
        <label htmlFor="workplace-search">{t('workspace.workplaces.search')}</label>
        <div className="search-row">
          <input
            id="workplace-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('workspace.workplaces.searchPlaceholder')}
          />
          <button type="submit" className="button button-secondary">
            {t('workspace.filters.search')}
          </button>
        </div>
      </form>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="filter-industry">{t('workspace.fields.industry')}</label>
          <select
            id="filter-industry"
            value={values.industry}
            onChange={(e) => onChange('industry', e.target.value)}
          >
            <option value="">{t('workspace.filters.any')}</option>
            {industries.options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-stage">{t('workspace.fields.stage')}</label>
          <select
            id="filter-stage"
            value={values.stage}
            onChange={(e) => onChange('stage', e.target.value)}
          >
            <option value="">{t('workspace.filters.any')}</option>
            <option value="none">{t('workspace.filters.noCampaign')}</option>
            {campaignStages.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.stages.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-union">{t('workspace.fields.unionStatus')}</label>
          <select
            id="filter-union"
            value={values.unionStatus}
            onChange={(e) => onChange('unionStatus', e.target.value)}
          >
            <option value="">{t('workspace.filters.any')}</option>
            {unionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.unionStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sort">{t('workspace.filters.sort')}</label>
          <select
            id="filter-sort"
            value={values.sort || 'employer'}
            onChange={(e) => onChange('sort', e.target.value === 'employer' ? '' : e.target.value)}
          >
            {workplaceSorts.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-checkbox filter-check">
          <div className="checkbox-row">
            <input
              id="filter-unconfirmed"
              type="checkbox"
              checked={values.confirmed === 'no'}
              onChange={(e) => onChange('confirmed', e.target.checked ? 'no' : '')}
            />
            <label htmlFor="filter-unconfirmed">{t('workspace.filters.unconfirmedOnly')}</label>
          </div>
        </div>
      </div>
    </div>
  );
}
