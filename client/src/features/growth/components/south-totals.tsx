import type { SouthCoverage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';

/** The South at a glance: the same figures the states add up to. */
export function SouthTotals({ totals }: { totals: SouthCoverage['totals'] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const items = [
    { key: 'chapters', value: <CountValue value={totals.chapters} /> },
    {
      key: 'withCommittee',
      value: (
        <>
          <CountValue value={totals.chaptersWithLaborCommittee} />{' '}
          <span className="figure-of">
            {t('growth.south.of', { total: format.number(totals.chapters) })}
          </span>
        </>
      ),
    },
    { key: 'withClc', value: <CountValue value={totals.chaptersWithClcDelegate} /> },
    { key: 'pods', value: <CountValue value={totals.pods + totals.regionPods} /> },
    { key: 'members', value: <CountValue value={totals.members} /> },
    {
      key: 'mappedShare',
      value: <ShareValue part={totals.membersMapped} whole={totals.members} />,
    },
    { key: 'campaigns', value: <CountValue value={totals.activeCampaigns} /> },
    { key: 'reserve', value: <CountValue value={totals.reserveOrganizers} /> },
  ] as const;
  return (
    <section aria-labelledby="south-totals-title">
      <h2 id="south-totals-title">{t('growth.south.totals.title')}</h2>
      <dl className="figures" data-testid="south-totals">
        {items.map((item) => (
          <div key={item.key} className="figure">
            <dt className="figure-label">{t(`growth.south.totals.${item.key}`)}</dt>
            <dd className="figure-value">{item.value}</dd>
          </div>
        ))}
      </dl>
      {totals.regionPods > 0 && (
        <p className="muted">{t('growth.south.totals.regionPods', { count: totals.regionPods })}</p>
      )}
    </section>
  );
}
