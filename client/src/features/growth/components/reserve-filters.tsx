import { reserveSkills, states, type Language } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useIndustries } from '../../../lib/industries';
import type { ReserveFilters } from '../api/reserve';

export type ReserveView = ReserveFilters;

const byName = [...states].sort((a, b) => a.name.localeCompare(b.name));

interface ReserveFiltersProps {
  value: ReserveView;
  onChange: (value: ReserveView) => void;
}

/** Narrows the reserve to a state they can help in, a language, a skill or an industry. */
export function ReserveFiltersBar({ value, onChange }: ReserveFiltersProps) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const set = (patch: Partial<ReserveView>) => onChange({ ...value, ...patch });
  const any = <option value="">{t('growth.reserve.filters.any')}</option>;
  return (
    <div className="growth-filters" role="search" aria-label={t('growth.reserve.filters.label')}>
      <Field id="reserve-state" label={t('growth.reserve.filters.state')}>
        {(c) => (
          <select
            {...c}
            value={value.state ?? ''}
            onChange={(e) => set({ state: e.target.value || undefined })}
          >
            {any}
            {byName.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="reserve-language" label={t('growth.reserve.filters.language')}>
        {(c) => (
          <select
            {...c}
            value={value.language ?? ''}
            onChange={(e) =>
              set({ language: (e.target.value || undefined) as Language | undefined })
            }
          >
            {any}
            <option value="en">{t('growth.languages.en')}</option>
            <option value="es">{t('growth.languages.es')}</option>
          </select>
        )}
      </Field>
      <Field id="reserve-skill" label={t('growth.reserve.filters.skill')}>
        {(c) => (
          <select
            {...c}
            value={value.skill ?? ''}
            onChange={(e) => set({ skill: e.target.value || undefined })}
          >
            {any}
            {reserveSkills.map((s) => (
              <option key={s} value={s}>
                {t(`growth.skills.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="reserve-industry" label={t('growth.reserve.filters.industry')}>
        {(c) => (
          <select
            {...c}
            value={value.industry ?? ''}
            onChange={(e) => set({ industry: e.target.value || undefined })}
          >
            {any}
            {industries.options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
