import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';

/** A submitted campaign in brief: stage, kind, unit, support, start. */
export function QueueFacts({ campaign: c }: { campaign: CampaignRecord }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  return (
    <dl className="pod-facts compact">
      <div>
        <dt>{t('pods.workplaces.stage')}</dt>
        <dd>{t(`pods.stages.${c.stage}`)}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.kind')}</dt>
        <dd>{t(`pods.campaign.kinds.${c.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.unitSize')}</dt>
        <dd>{c.unitSize === null ? '–' : format.number(c.unitSize)}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.support')}</dt>
        <dd>{c.supportShare === null ? '–' : format.percent(c.supportShare)}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.startedOn')}</dt>
        <dd>{dates.date(c.startedOn)}</dd>
      </div>
    </dl>
  );
}
