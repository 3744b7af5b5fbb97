import type { SouthCoverage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';

interface SizeClassTableProps {
  rows: SouthCoverage['bySizeClass'];
  totals: SouthCoverage['totals'];
}

/**
 * Metro, small-city and rural chapters side by side (seeds/000 names the last two a priority
 * beside the South), with their Central Labor Council representation.
 */
export function SizeClassTable({ rows, totals }: SizeClassTableProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return (
    <section aria-labelledby="south-size-title" data-testid="south-size-classes">
      <h2 id="south-size-title">{t('growth.south.size.title')}</h2>
      <p className="muted">
        {t('growth.south.size.clc', {
          delegates: format.number(totals.chaptersWithClcDelegate),
          chapters: format.number(totals.chapters),
        })}
      </p>
      <ScrollBox labelledBy="south-size-title">
        <table aria-labelledby="south-size-title">
          <thead>
            <tr>
              <th scope="col">{t('growth.south.gaps.sizeClass')}</th>
              <th scope="col" className="num">
                {t('growth.south.columns.chapters')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.withCommittee')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.withClc')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.pods')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.members')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.mappedShare')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.campaigns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.sizeClass}>
                <th scope="row">{t(`growth.sizeClasses.${r.sizeClass}`)}</th>
                <td className="num">
                  <CountValue value={r.chapters} />
                </td>
                <td className="num">
                  <CountValue value={r.chaptersWithLaborCommittee} />
                </td>
                <td className="num">
                  <CountValue value={r.chaptersWithClcDelegate} />
                </td>
                <td className="num">
                  <CountValue value={r.pods} />
                </td>
                <td className="num">
                  <CountValue value={r.members} />
                </td>
                <td className="num">
                  <ShareValue part={r.membersMapped} whole={r.members} />
                </td>
                <td className="num">
                  <CountValue value={r.activeCampaigns} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
