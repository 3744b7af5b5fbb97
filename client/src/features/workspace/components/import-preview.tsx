import type { ImportResult } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { useRejectionReasons } from '../use-rejection-reasons';

const SHOWN = 200;

/** What the import would do: counts, and each rejected line with its reasons. */
export function ImportPreview({ preview }: { preview: ImportResult }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const reasons = useRejectionReasons();
  const { rejected } = preview;
  const counts = [
    ['created', preview.created],
    ['updated', preview.updated],
    ['unchanged', preview.unchanged],
    ['rejected', rejected.length],
  ] as const;
  return (
    <section aria-labelledby="import-preview" data-testid="import-preview">
      <h2 id="import-preview">{t('workspace.import.preview.title')}</h2>
      <dl className="figures">
        {counts.map(([key, n]) => (
          <div key={key} className={key === 'rejected' && n > 0 ? 'figure figure-alert' : 'figure'}>
            <dt className="figure-label">{t(`workspace.import.preview.${key}`)}</dt>
            <dd className="figure-value">{format.number(n)}</dd>
          </div>
        ))}
      </dl>
      {rejected.length > 0 && (
        <div className="table-section import-rejected">
          <h3 id="import-rejected">{t('workspace.import.preview.rejectedTitle')}</h3>
          <ScrollBox labelledBy="import-rejected">
            <table aria-labelledby="import-rejected" className="rejected-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('workspace.import.preview.line')}
                  </th>
                  <th scope="col">{t('workspace.import.preview.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.slice(0, SHOWN).map((r) => (
                  <tr key={r.line}>
                    <th scope="row" className="num">
                      {r.line}
                    </th>
                    <td>
                      <ul className="reasons">
                        {reasons(r).map((reason, i) => (
                          <li key={i}>{reason}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {rejected.length > SHOWN && (
            <p className="muted">
              {t('workspace.import.preview.more', { count: rejected.length - SHOWN })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
