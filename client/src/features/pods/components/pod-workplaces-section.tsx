import type { PodWorkplace } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { podPaths } from '../lib/paths';
import { StageSelect } from './stage-select';
import { StartCampaignButton } from './start-campaign-button';

interface PodWorkplacesSectionProps {
  workplaces: readonly PodWorkplace[];
  canMove: boolean;
  canStart: boolean;
}

/** Where the pod's members work, each with its campaign's stage, changed right here. */
export function PodWorkplacesSection({ workplaces, canMove, canStart }: PodWorkplacesSectionProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return (
    <section className="pod-section" id="workplaces" aria-labelledby="workplaces-title">
      <h2 id="workplaces-title">{t('pods.workplaces.title')}</h2>
      <ScrollBox labelledBy="workplaces-title">
        <table aria-labelledby="workplaces-title" className="pod-table">
          <thead>
            <tr>
              <th scope="col">{t('pods.workplaces.employer')}</th>
              <th scope="col">{t('pods.workplaces.stage')}</th>
            </tr>
          </thead>
          <tbody>
            {workplaces.length === 0 && (
              <tr>
                <td colSpan={2}>{t('pods.workplaces.empty')}</td>
              </tr>
            )}
            {workplaces.map((w) => (
              <tr key={w.id} data-testid={`pod-workplace-${w.id}`}>
                <th scope="row">
                  {w.employer}
                  {w.siteName && <span className="cell-sub">{w.siteName}</span>}
                  <span className="cell-sub muted">
                    {[w.city, w.state].filter(Boolean).join(', ')}
                  </span>
                  <span className="cell-sub muted">
                    {t('pods.workplaces.members', {
                      count: w.members,
                      n: format.number(w.members),
                    })}
                  </span>
                  {w.campaign && (
                    <Link className="cell-sub" to={podPaths.campaign(w.campaign.id)}>
                      {t('pods.workplaces.campaignLink', { employer: w.employer })}
                    </Link>
                  )}
                </th>
                <td>
                  {w.campaign ? (
                    canMove ? (
                      <StageSelect
                        idBase={`stage-${w.id}`}
                        name={w.siteName ?? w.employer}
                        campaign={w.campaign}
                      />
                    ) : (
                      t(`pods.stages.${w.campaign.stage}`)
                    )
                  ) : canStart ? (
                    <StartCampaignButton workplaceId={w.id} name={w.siteName ?? w.employer} />
                  ) : (
                    <span className="muted">{t('pods.workplaces.noCampaign')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
