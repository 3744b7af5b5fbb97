import { stateByCode } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import type { StateFigures } from '../choropleth';
import { CountValue, ShareValue } from '../../../components/ui/count-value';

interface StateFiguresTableProps {
  rows: readonly StateFigures[];
  selected: string | null;
  onSelect: (code: string) => void;
}

const nameOf = (code: string) => stateByCode.get(code)?.name ?? code;

/** The national map's figures as a table: every state the server has a row for, by name. */
export function StateFiguresTable({ rows, selected, onSelect }: StateFiguresTableProps) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => nameOf(a.state).localeCompare(nameOf(b.state)));
  const columns = [
    t('maps.figures.members'),
    t('maps.figures.membersMapped'),
    t('maps.figures.shareMapped'),
    t('maps.figures.workplaces'),
    t('maps.figures.activeCampaigns'),
    t('maps.figures.recruitsLast90Days'),
    t('maps.figures.chapters'),
    t('maps.figures.chaptersWithLaborCommittee'),
  ];
  return (
    <section className="table-section" aria-labelledby="state-figures-heading">
      <h2 id="state-figures-heading">{t('maps.national.tableTitle')}</h2>
      <div className="table-wrap" role="group" aria-labelledby="state-figures-heading" tabIndex={0}>
        <table aria-labelledby="state-figures-heading">
          <thead>
            <tr>
              <th scope="col">{t('maps.columns.state')}</th>
              {columns.map((label) => (
                <th key={label} scope="col" className="num">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1}>{t('maps.national.noStates')}</td>
              </tr>
            )}
            {sorted.map((row) => (
              <tr key={row.state} className={row.state === selected ? 'row-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={row.state === selected}
                    onClick={() => onSelect(row.state)}
                  >
                    {nameOf(row.state)}
                  </button>
                </th>
                <td className="num">
                  <CountValue value={row.members} />
                </td>
                <td className="num">
                  <CountValue value={row.membersMapped} />
                </td>
                <td className="num">
                  <ShareValue part={row.membersMapped} whole={row.members} />
                </td>
                <td className="num">
                  <CountValue value={row.workplaces} />
                </td>
                <td className="num">
                  <CountValue value={row.activeCampaigns} />
                </td>
                <td className="num">
                  <CountValue value={row.recruitsLast90Days} />
                </td>
                <td className="num">
                  <CountValue value={row.chapters} />
                </td>
                <td className="num">
                  <CountValue value={row.chaptersWithLaborCommittee} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
