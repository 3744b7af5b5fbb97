import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { industryName, type WorkplaceView } from '../workplace-view';
import { StageBadge } from './stage-badge';
import { StageUpdate } from './stage-update';

/** A workplace's figures and its quick stage update: in a map popup, or beside the table. */
export function WorkplaceCard({
  workplace,
  heading: Heading = 'h3',
}: {
  workplace: WorkplaceView;
  heading?: 'h2' | 'h3';
}) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const unknown = t('maps.workplace.unknown');
  return (
    <div className="workplace-card" data-testid="workplace-card">
      <Heading className="workplace-card-title">{workplace.employer}</Heading>
      <dl className="panel-figures">
        <div>
          <dt>{t('maps.workplace.site')}</dt>
          <dd>{workplace.siteName ?? unknown}</dd>
        </div>
        <div>
          <dt>{t('maps.workplace.industry')}</dt>
          <dd>{industryName(workplace.industry, i18n.resolvedLanguage ?? 'en') ?? unknown}</dd>
        </div>
        <div>
          <dt>{t('maps.workplace.members')}</dt>
          <dd>{format.number(workplace.members)}</dd>
        </div>
        <div>
          <dt>{t('maps.workplace.stage')}</dt>
          <dd>
            <StageBadge stage={workplace.stage ?? 'none'} />
          </dd>
        </div>
      </dl>
      <StageUpdate workplace={workplace} />
    </div>
  );
}
