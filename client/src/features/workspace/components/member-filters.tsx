import { useState, type FormEvent } from 'react';
import { membershipStatuses, organizingStatuses } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import type { MemberFilterValues } from '../member-filter-values';

interface MemberFiltersProps {
  values: MemberFilterValues;
  onChange: (key: keyof MemberFilterValues, value: string) => void;
}

export function MemberFilters({ values, onChange }: MemberFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(values.q);
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange('q', q.trim());
  };
  return (
    <div className="filters" aria-label={t('workspace.filters.label')} role="region">
      <form role="search" className="search-form" onSubmit={onSearch}>
        <label htmlFor="member-search">{t('workspace.members.search')}</label>
        <div className="search-row">
          <input
            id="member-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('workspace.members.searchPlaceholder')}
          />
          <button type="submit" className="button button-secondary">
            {t('workspace.filters.search')}
          </button>
        </div>
      </form>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="filter-status">{t('workspace.members.status')}</label>
          <select
            id="filter-status"
            value={values.status}
            onChange={(e) => onChange('status', e.target.value)}
          >
            <option value="">{t('workspace.filters.any')}</option>
            {membershipStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.membershipStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-organizing">{t('workspace.members.organizingStatus')}</label>
          <select
            id="filter-organizing"
            value={values.organizingStatus}
            onChange={(e) => onChange('organizingStatus', e.target.value)}
          >
            <option value="">{t('workspace.filters.any')}</option>
            {organizingStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`organizingStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-mapped">{t('workspace.members.mapped')}</label>
          <select
            id="filter-mapped"
            value={values.mapped}
            onChange={(e) => onChange('mapped', e.target.value)}
          >
            <option value="">{t('workspace.filters.any')}</option>
            <option value="yes">{t('workspace.members.mappedYes')}</option>
            <option value="no">{t('workspace.members.mappedNo')}</option>
          </select>
        </div>
      </div>
    </div>
  );
}
