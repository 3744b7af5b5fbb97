import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useIndustries } from '../../../lib/industries';
import type { WorkplaceDetail } from '../api/workplaces';
import { ConfirmWorkplace } from './confirm-workplace';

/** The workplace's facts as figures: where, what industry, how big, its union. */
export function WorkplaceFacts({ workplace: w }: { workplace: WorkplaceDetail }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const industries = useIndustries();
  const none = <span className="muted">{t('workspace.fields.notKnown')}</span>;
  const place = [w.address, w.city, [w.state, w.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <section aria-labelledby="workplace-facts">
      <h2 id="workplace-facts" className="visually-hidden">
        {t('workspace.workplace.facts')}
      </h2>
      {!w.confirmed && <ConfirmWorkplace id={w.id} version={w.version} />}
      <dl className="facts">
        <div>
          <dt>{t('workspace.workplaces.members')}</dt>
          <dd className="fact-number">{format.number(w.members.length)}</dd>
        </div>
        <div>
          <dt>{t('workspace.workplace.place')}</dt>
          <dd>{place}</dd>
        </div>
        <div>
          <dt>{t('workspace.fields.industry')}</dt>
          <dd>{industries.label(w.industry) || none}</dd>
        </div>
        <div>
          <dt>{t('workspace.fields.size')}</dt>
          <dd>{w.size ? t('workspace.fields.sizeValue', { size: w.size }) : none}</dd>
        </div>
        <div>
          <dt>{t('workspace.fields.unionStatus')}</dt>
          <dd>
            {t(`workspace.unionStatus.${w.unionStatus}`)}
            {w.unionName && ` · ${w.unionName}`}
          </dd>
        </div>
      </dl>
    </section>
  );
}
