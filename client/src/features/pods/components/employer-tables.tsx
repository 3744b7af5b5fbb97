import type { EmployerRollup } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useDateFormat } from '../../../lib/use-date-format';
import { podPaths } from '../lib/paths';
import { CountNotes } from './count-notes';

/** An employer's sites by state and by chapter, and its campaigns that have gone public. */
export function EmployerTables({ rollup: r }: { rollup: EmployerRollup }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const counts = [
    r.totals.sites,
    r.totals.members,
    ...r.byState.flatMap((s) => [s.sites, s.members, s.publicCampaigns, s.confidentialCampaigns]),
    ...r.byChapter.flatMap((c) => [c.sites, c.members]),
    ...Object.values(r.campaignsByStage),
  ];
  return (
    <>
      <section className="table-section" aria-labelledby="by-state">
        <h2 id="by-state">{t('pods.employers.byState')}</h2>
        <ScrollBox labelledBy="by-state">
          <table aria-labelledby="by-state">
            <thead>
              <tr>
                <th scope="col">{t('pods.campaign.state')}</th>
                <th scope="col" className="num">
                  {t('pods.employers.sites')}
                </th>
                <th scope="col" className="num">
                  {t('pods.fields.members')}
                </th>
                <th scope="col" className="num">
                  {t('pods.employers.publicCampaigns')}
                </th>
                <th scope="col" className="num">
                  {t('pods.employers.confidentialCampaigns')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.byState.map((s) => (
                <tr key={s.state}>
                  <th scope="row">{s.state}</th>
                  <td className="num">
                    <CountValue value={s.sites} />
                  </td>
                  <td className="num">
                    <CountValue value={s.members} />
                  </td>
                  <td className="num">
                    <CountValue value={s.publicCampaigns} />
                  </td>
                  <td className="num">
                    <CountValue value={s.confidentialCampaigns} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <section className="table-section" aria-labelledby="by-chapter">
        <h2 id="by-chapter">{t('pods.employers.byChapter')}</h2>
        <ScrollBox labelledBy="by-chapter">
          <table aria-labelledby="by-chapter">
            <thead>
              <tr>
                <th scope="col">{t('pods.employers.chapter')}</th>
                <th scope="col">{t('pods.campaign.state')}</th>
                <th scope="col" className="num">
                  {t('pods.employers.sites')}
                </th>
                <th scope="col" className="num">
                  {t('pods.fields.members')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.byChapter.map((c) => (
                <tr key={c.chapterId}>
                  <th scope="row">{c.chapter}</th>
                  <td>{c.state}</td>
                  <td className="num">
                    <CountValue value={c.sites} />
                  </td>
                  <td className="num">
                    <CountValue value={c.members} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <section className="pod-section" aria-labelledby="public-campaigns">
        <h2 id="public-campaigns">{t('pods.employers.publicList')}</h2>
        {r.publicCampaigns.length === 0 ? (
          <p className="muted">{t('pods.employers.noPublic')}</p>
        ) : (
          <ul className="plain-list">
            {r.publicCampaigns.map((c) => (
              <li key={c.id}>
                <Link to={podPaths.campaign(c.id)}>
                  {[c.siteName, c.city, c.state].filter(Boolean).join(', ') || `#${c.id}`}
                </Link>{' '}
                · {t(`pods.stages.${c.stage}`)} ·{' '}
                {t('pods.employers.publicSince', { date: dates.date(c.publicSince) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <CountNotes values={counts} />
    </>
  );
}
