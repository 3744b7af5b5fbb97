import type { WorkplaceSummary } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import type { WorkplaceSort } from '../api/workplaces';
import { SortHeader } from './sort-header';
import { WorkplaceRow } from './workplace-row';

interface WorkplacesTableProps {
  rows: WorkplaceSummary[];
  sort: WorkplaceSort;
  onSort: (sort: WorkplaceSort) => void;
  emptyText: string;
}

export function WorkplacesTable({ rows, sort, onSort, emptyText }: WorkplacesTableProps) {
  const { t } = useTranslation();
  return (
    <section className="table-section" aria-labelledby="workplaces-table-title">
      <h2 id="workplaces-table-title" className="visually-hidden">
        {t('workspace.workplaces.tableTitle')}
      </h2>
      <ScrollBox labelledBy="workplaces-table-title">
        <table aria-labelledby="workplaces-table-title" className="workspace-table">
          <thead>
            <tr>
              <SortHeader
                label={t('workspace.fields.employer')}
                sort={sort}
                ascending="employer"
                descending="-employer"
                onSort={onSort}
              />
              <th scope="col">{t('workspace.fields.stage')}</th>
              <SortHeader
                label={t('workspace.workplaces.members')}
                sort={sort}
                ascending="members"
                descending="-members"
                firstDescending
                onSort={onSort}
                className="num"
              />
              <th scope="col">{t('workspace.fields.industry')}</th>
              <th scope="col">{t('workspace.fields.unionStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={5}>{emptyText}</td>
              </tr>
            )}
            {rows.map((row) => (
              <WorkplaceRow key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
