import type { WorkplaceSummary } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useIndustries } from '../../../lib/industries';
import { workspacePaths } from '../paths';
import { ConfirmWorkplace } from './confirm-workplace';
import { StageControl } from './stage-control';

/** One workplace: its name links to its page; its stage can be changed right here. */
export function WorkplaceRow({ row }: { row: WorkplaceSummary }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const industries = useIndustries();
  const place = [row.city, [row.state, row.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <tr data-testid={`workplace-row-${row.id}`}>
      <th scope="row">
        <Link to={workspacePaths.workplace(row.id)}>{row.employer}</Link>
        {row.siteName && <span className="cell-sub">{row.siteName}</span>}
        <span className="cell-sub muted">{place}</span>
        {!row.confirmed && <ConfirmWorkplace id={row.id} version={row.version} compact />}
      </th>
      <td>
        <StageControl workplaceId={row.id} employer={row.employer} campaign={row.campaign} />
      </td>
      <td className="num">{format.number(row.members)}</td>
      <td>{industries.label(row.industry) || <span className="muted">–</span>}</td>
      <td>
        {t(`workspace.unionStatus.${row.unionStatus}`)}
        {row.unionName && <span className="cell-sub">{row.unionName}</span>}
      </td>
    </tr>
  );
}
