import type { UnionStaffer, UnionStaffersPage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';

interface UnionStafferTablesProps {
  byUnion: UnionStaffersPage['byUnion'];
  rows: readonly UnionStaffer[];
}

/** How many staffers each union has, state by state, then the staffers themselves. */
export function UnionStafferTables({ byUnion, rows }: UnionStafferTablesProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const unionName = (name: string | null) => name ?? t('growth.staffers.noUnion');
  return (
    <>
      <section aria-labelledby="staffers-by-union-title">
        <h2 id="staffers-by-union-title">{t('growth.staffers.byUnion')}</h2>
        <ScrollBox labelledBy="staffers-by-union-title">
          <table aria-labelledby="staffers-by-union-title" data-testid="staffers-by-union">
            <thead>
              <tr>
                <th scope="col">{t('growth.staffers.unionColumn')}</th>
                <th scope="col" className="num">
                  {t('growth.staffers.total')}
                </th>
                <th scope="col">{t('growth.staffers.byState')}</th>
              </tr>
            </thead>
            <tbody>
              {byUnion.map((u) => (
                <tr key={u.unionName ?? ''}>
                  <th scope="row">{unionName(u.unionName)}</th>
                  <td className="num">{format.number(u.total)}</td>
                  <td>
                    {Object.entries(u.byState)
                      .sort(([a], [b]) => a.localeCompare(b))
                      .map(([state, n]) =>
                        t('growth.staffers.stateCount', { state, n: format.number(n) }),
                      )
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <section aria-labelledby="staffers-list-title">
        <h2 id="staffers-list-title">{t('growth.staffers.list')}</h2>
        <ScrollBox labelledBy="staffers-list-title">
          <table aria-labelledby="staffers-list-title" data-testid="staffers-list">
            <thead>
              <tr>
                <th scope="col">{t('growth.staffers.name')}</th>
                <th scope="col">{t('growth.staffers.chapter')}</th>
                <th scope="col">{t('growth.staffers.unionColumn')}</th>
                <th scope="col">{t('growth.staffers.local')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.memberId}>
                  <th scope="row">
                    {s.firstName} {s.lastName}
                  </th>
                  <td>
                    {s.chapter.name} ({s.chapter.state})
                  </td>
                  <td>{unionName(s.unionName)}</td>
                  <td>{s.unionLocal ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
    </>
  );
}
