import { stateByCode, type NationalStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { TableSection } from './table-section';

export function StateTable({ rows }: { rows: NationalStats['byState'] }) {
  const { t } = useTranslation();
  const columns = [
    t('dashboard.columns.members'),
    t('dashboard.columns.membersMapped'),
    t('dashboard.columns.shareMapped'),
    t('dashboard.columns.workplaces'),
    t('dashboard.columns.chapters'),
    t('dashboard.columns.withLaborCommittee'),
  ];
  return (
    <TableSection id="by-state" title={t('dashboard.national.byState')}>
      <table aria-labelledby="by-state">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.state')}</th>
            {columns.map((label) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 1}>{t('dashboard.national.noStates')}</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.state}>
              <th scope="row">{stateByCode.get(row.state)?.name ?? row.state}</th>
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
                <CountValue value={row.chapters} />
              </td>
              <td className="num">
                <CountValue value={row.chaptersWithLaborCommittee} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableSection>
  );
}
