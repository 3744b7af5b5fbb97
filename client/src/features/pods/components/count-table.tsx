import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { byCountDescending, type CountRow } from '../lib/pipeline-rows';

interface CountTableProps {
  id: string;
  title: string;
  /** The heading of the first column: what each row is. */
  head: string;
  rows: readonly CountRow[];
  /** Keep the order given (e.g. approval states) instead of the largest first. */
  keepOrder?: boolean;
}

/** A titled table of campaigns counted by something, the largest first. */
export function CountTable({ id, title, head, rows, keepOrder }: CountTableProps) {
  const { t } = useTranslation();
  const ordered = keepOrder ? rows : byCountDescending(rows);
  return (
    <section className="table-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ScrollBox labelledBy={id}>
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{head}</th>
              <th scope="col" className="num">
                {t('pods.pipeline.campaigns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.length === 0 && (
              <tr>
                <td colSpan={2}>{t('pods.pipeline.none')}</td>
              </tr>
            )}
            {ordered.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">
                  <CountValue value={r.count} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
