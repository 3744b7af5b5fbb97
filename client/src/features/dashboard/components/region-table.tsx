import { regionCode, type NationalStats, type RegionCode } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { TableSection } from './table-section';

const isRegionCode = (r: string): r is RegionCode => regionCode.safeParse(r).success;

export function RegionTable({ rows }: { rows: NationalStats['byRegion'] }) {
  const { t } = useTranslation();
  return (
    <TableSection id="by-region" title={t('dashboard.national.byRegion')}>
      <table aria-labelledby="by-region">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.region')}</th>
            <th scope="col" className="num">
              {t('dashboard.columns.members')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.columns.membersMapped')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.columns.shareMapped')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.columns.chapters')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region}>
              <th scope="row">
                {isRegionCode(row.region) ? t(`regions.${row.region}`) : row.region}
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
                <CountValue value={row.chapters} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableSection>
  );
}
