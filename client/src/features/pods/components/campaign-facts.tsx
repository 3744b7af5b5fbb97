import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useIndustries } from '../../../lib/industries';
import { useDateFormat } from '../../../lib/use-date-format';
import type { CampaignDetail } from '../api/campaigns';

const none = <span className="muted">–</span>;

/** What kind of campaign it is, with whom, how big the unit, since when, and who may see it. */
export function CampaignFacts({ campaign: c }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  const industries = useIndustries();
  const program = c.program as 'ewoc' | 'rop' | 'healthcare' | 'other' | 'none' | null;
  return (
    <dl className="pod-facts">
      <div>
        <dt>{t('pods.campaign.kind')}</dt>
        <dd>{t(`pods.campaign.kinds.${c.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.program')}</dt>
        <dd>{program ? t(`pods.campaign.programs.${program}`) : none}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.partnerUnion')}</dt>
        <dd>{c.partnerUnion ?? none}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.unitSize')}</dt>
        <dd>{c.unitSize === null ? none : format.number(c.unitSize)}</dd>
      </div>
      <div>
        <dt>{t('pods.fields.industry')}</dt>
        <dd>{industries.label(c.industry) || none}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.state')}</dt>
        <dd>{c.state ?? none}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.startedOn')}</dt>
        <dd>{dates.date(c.startedOn)}</dd>
      </div>
      <div>
        <dt>{t('pods.campaign.visibility')}</dt>
        <dd>
          {c.isPublic
            ? t('pods.campaign.publicSince', {
                date: c.publicSince ? dates.date(c.publicSince) : '',
              })
            : t('pods.campaign.confidential')}
        </dd>
      </div>
    </dl>
  );
}
