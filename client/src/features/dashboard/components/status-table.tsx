import { organizingStatuses, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { TableSection } from './table-section';

interface StatusTableProps {
  byStatus: Record<string, Count>;
}

/** Members by organizing status, in the order a member moves through them. */
export function StatusTable({ byStatus }: StatusTableProps) {
  const { t } = useTranslation();
  return (
    <TableSection id="by-status" title={t('dashboard.byStatus')}>
      <table aria-labelledby="by-status">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.status')}</th>
            <th scope="col" className="num">
              {t('dashboard.columns.members')}
            </th>
          </tr>
        </thead>
        <tbody>
          {organizingStatuses.map((status) => (
            <tr key={status}>
              <th scope="row">{t(`organizingStatus.${status}`)}</th>
              <td className="num">
                <CountValue value={byStatus[status] ?? 0} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableSection>
  );
}
