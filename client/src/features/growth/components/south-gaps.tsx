import { Link } from 'react-router';
import type { SouthCoverage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';

/**
 * Southern chapters without a labor committee or without a pod, most members first (the server's
 * order), with the reserve organizers able to help and the way to find them.
 */
export function SouthGaps({ gaps }: { gaps: SouthCoverage['gaps'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="south-gaps-title" data-testid="south-gaps">
      <h2 id="south-gaps-title">{t('growth.south.gaps.title')}</h2>
      <p className="muted">{t('growth.south.gaps.intro')}</p>
      {gaps.length === 0 ? (
        <p className="notice" role="status">
          {t('growth.south.gaps.none')}
        </p>
      ) : (
        <ScrollBox labelledBy="south-gaps-title">
          <table aria-labelledby="south-gaps-title">
            <thead>
              <tr>
                <th scope="col">{t('growth.south.gaps.chapter')}</th>
                <th scope="col">{t('growth.south.gaps.sizeClass')}</th>
                <th scope="col" className="num">
                  {t('growth.south.columns.members')}
                </th>
                <th scope="col">{t('growth.south.gaps.missingColumn')}</th>
                <th scope="col">{t('growth.south.gaps.clc')}</th>
                <th scope="col" className="num">
                  {t('growth.south.columns.reserve')}
                </th>
                <th scope="col">{t('growth.south.gaps.next')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.chapterId}>
                  <th scope="row">
                    {g.name} <span className="muted">({g.state})</span>
                  </th>
                  <td>{t(`growth.sizeClasses.${g.sizeClass}`)}</td>
                  <td className="num">
                    <CountValue value={g.members} />
                  </td>
                  <td>
                    <ul className="gap-missing">
                      {g.missing.map((m) => (
                        <li key={m}>{t(`growth.south.gaps.missing.${m}`)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {g.hasClcDelegate ? t('growth.south.gaps.yes') : t('growth.south.gaps.no')}
                  </td>
                  <td className="num">
                    <CountValue value={g.reserveOrganizers} />
                  </td>
                  <td>
                    <Link to={`/reserve?chapterId=${g.chapterId}#suggestions`}>
                      {t('growth.south.gaps.findHelp', { chapter: g.name })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
