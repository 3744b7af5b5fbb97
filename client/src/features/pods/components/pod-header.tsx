import type { PodDetail } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { useIndustries } from '../../../lib/industries';
import { podPaths } from '../lib/paths';
import { useScopeText } from '../lib/use-scope-text';

/** The pod's name, what it is for, its industry and reach, its size and who coordinates it. */
export function PodHeader({ pod }: { pod: PodDetail }) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const scopeText = useScopeText();
  return (
    <header className="pod-header">
      <p className="eyebrow">
        <Link to={podPaths.list}>{t('pods.nav.pods')}</Link>
      </p>
      <h1>{pod.name}</h1>
      {pod.description && <p className="lead">{pod.description}</p>}
      <dl className="pod-facts">
        <div>
          <dt>{t('pods.fields.industry')}</dt>
          <dd>
            {industries.label(pod.industry)}{' '}
            <span className="muted">({t('pods.pod.naics', { code: pod.industry })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('pods.fields.scope')}</dt>
          <dd>{scopeText(pod)}</dd>
        </div>
        <div>
          <dt>{t('pods.fields.members')}</dt>
          <dd data-testid="pod-member-count">
            <CountValue value={pod.memberCount} />
          </dd>
        </div>
        <div>
          <dt>{t('pods.fields.coordinators')}</dt>
          <dd>
            {pod.coordinators.length === 0 ? (
              <span className="muted">{t('pods.pod.noCoordinators')}</span>
            ) : (
              <ul className="inline-list">
                {pod.coordinators.map((c) => (
                  <li key={c.userId}>{c.email}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
