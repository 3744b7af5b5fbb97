import type { Pod } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { useIndustries } from '../../../lib/industries';
import { podPaths } from '../lib/paths';
import { useScopeText } from '../lib/use-scope-text';

export function PodsTable({ pods, emptyText }: { pods: Pod[]; emptyText: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const industries = useIndustries();
  const scopeText = useScopeText();
  return (
    <section className="table-section" aria-labelledby="pods-table-title">
      <h2 id="pods-table-title" className="visually-hidden">
        {t('pods.list.tableTitle')}
      </h2>
      <ScrollBox labelledBy="pods-table-title">
        <table aria-labelledby="pods-table-title">
          <thead>
            <tr>
              <th scope="col">{t('pods.fields.name')}</th>
              <th scope="col">{t('pods.fields.industry')}</th>
              <th scope="col">{t('pods.fields.scope')}</th>
              <th scope="col" className="num">
                {t('pods.fields.members')}
              </th>
              <th scope="col" className="num">
                {t('pods.fields.coordinators')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pods.length === 0 && (
              <tr>
                <td colSpan={5}>{emptyText}</td>
              </tr>
            )}
            {pods.map((pod) => (
              <tr key={pod.id}>
                <th scope="row">
                  <Link to={podPaths.pod(pod.id)}>{pod.name}</Link>
                  {pod.description && <span className="cell-sub muted">{pod.description}</span>}
                </th>
                <td>{industries.label(pod.industry)}</td>
                <td>{scopeText(pod)}</td>
                <td className="num">
                  <CountValue value={pod.memberCount} />
                </td>
                <td className="num">{format.number(pod.coordinatorCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
