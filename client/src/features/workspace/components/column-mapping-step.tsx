import { rosterFields, type ImportResult, type RosterField } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../api/imports';

interface ColumnMappingStepProps {
  columns: ImportResult['columns'];
  mapping: ColumnMapping;
  disabled: boolean;
  onMap: (header: string, field: RosterField | 'ignore') => void;
}

const isField = (v: string): v is RosterField => (rosterFields as readonly string[]).includes(v);

/** Each column of the file and the roster field it fills; changing one checks the file again. */
export function ColumnMappingStep({ columns, mapping, disabled, onMap }: ColumnMappingStepProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="import-columns">
      <h2 id="import-columns">{t('workspace.import.columns.title')}</h2>
      <p className="muted">{t('workspace.import.columns.intro')}</p>
      <ul className="column-list">
        {columns.map((column, index) => {
          const id = `column-${index}`;
          const value = mapping[column.header] ?? column.field ?? 'ignore';
          return (
            <li key={`${column.header}-${index}`} className="field">
              <label htmlFor={id}>
                <span className="visually-hidden">{t('workspace.import.columns.column')} </span>
                <code>{column.header || t('workspace.import.columns.blank')}</code>
              </label>
              <select
                id={id}
                value={value}
                disabled={disabled}
                className={value === 'ignore' ? 'column-ignored' : undefined}
                onChange={(e) => {
                  const v = e.target.value;
                  onMap(column.header, isField(v) ? v : 'ignore');
                }}
              >
                <option value="ignore">{t('workspace.import.columns.ignore')}</option>
                {rosterFields.map((f) => (
                  <option key={f} value={f}>
                    {t(`workspace.rosterFields.${f}`)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
