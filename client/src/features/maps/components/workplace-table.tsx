import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { industryName, type WorkplaceView } from '../workplace-view';
import { StageBadge } from './stage-badge';
import '../../../components/ui/ui.css';

interface WorkplaceTableProps {
  rows: readonly WorkplaceView[];
  selected: number | null;
  onSelect: (id: number) => void;
}

/** The chapter map's workplaces as a table, filtered the same way. */
export function WorkplaceTable({ rows, selected, onSelect }: WorkplaceTableProps) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <section className="table-section" aria-labelledby="workplace-table-heading">
      <h2 id="workplace-table-heading">{t('maps.chapter.tableTitle')}</h2>
      <div
        className="table-wrap"
        role="group"
        aria-labelledby="workplace-table-heading"
        tabIndex={0}
      >
        <table aria-labelledby="workplace-table-heading">
          <thead>
            <tr>
              <th scope="col">{t('maps.columns.employer')}</th>
              <th scope="col">{t('maps.columns.site')}</th>
              <th scope="col">{t('maps.columns.industry')}</th>
              <th scope="col" className="num">
                {t('maps.columns.members')}
              </th>
              <th scope="col">{t('maps.columns.stage')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={5}>{t('maps.chapter.noWorkplaces')}</td>
              </tr>
            )}
            {rows.map((w) => (
              <tr key={w.id} className={w.id === selected ? 'row-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={w.id === selected}
                    onClick={() => onSelect(w.id)}
                  >
                    {w.employer}
                  </button>
                </th>
                <td>{w.siteName}</td>
                <td>{industryName(w.industry, language)}</td>
                <td className="num">{format.number(w.members)}</td>
                <td>
                  <StageBadge stage={w.stage ?? 'none'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
