import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';

/**
 * What to call a campaign: its site or employer where the reader may see them; otherwise, as a
 * confidential campaign is shown outside its chapter, by industry and state only.
 */
export function useCampaignName() {
  const { t } = useTranslation();
  const industries = useIndustries();
  return (c: Pick<CampaignRecord, 'id' | 'employer' | 'siteName' | 'industry' | 'state'>) =>
    c.siteName ??
    c.employer ??
    t('pods.campaign.anonymous', {
      industry: industries.label(c.industry) || t('pods.pipeline.unknown'),
      state: c.state ?? '–',
      id: c.id,
    });
}
