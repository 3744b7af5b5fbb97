import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { useEmployerSearch } from '../api/pipeline';
import { podPaths } from '../lib/paths';

/** Employers across chapters, most sites first, narrowed by name: each opens its roll-up. */
export function EmployerSearch() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const employers = useEmployerSearch(q);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQ(text.trim());
  };

  return (
    <section className="pod-section" aria-labelledby="employers-title">
      <h2 id="employers-title">{t('pods.employers.title')}</h2>
      <p className="muted">{t('pods.employers.intro')}</p>
      <form className="search-form" role="search" onSubmit={onSubmit}>
        <label htmlFor="employer-search">{t('pods.employers.search')}</label>
        <div className="search-row">
          <input
            id="employer-search"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('pods.employers.placeholder')}
          />
          <button type="submit" className="button">
            {t('pods.employers.submit')}
          </button>
        </div>
      </form>
      {employers.isPending ? (
        <Loading label={t('pods.employers.loading')} />
      ) : employers.isError ? (
        <QueryError error={employers.error} onRetry={() => void employers.refetch()} />
      ) : (
        <ScrollBox labelledBy="employers-title">
          <table aria-labelledby="employers-title">
            <thead>
              <tr>
                <th scope="col">{t('pods.workplaces.employer')}</th>
                <th scope="col" className="num">
                  {t('pods.employers.sites')}
                </th>
                <th scope="col" className="num">
                  {t('pods.employers.chapters')}
                </th>
                <th scope="col" className="num">
                  {t('pods.employers.states')}
                </th>
                <th scope="col" className="num">
                  {t('pods.fields.members')}
                </th>
                <th scope="col" className="num">
                  {t('pods.employers.publicCampaigns')}
                </th>
              </tr>
            </thead>
            <tbody>
              {employers.data.length === 0 && (
                <tr>
                  <td colSpan={6}>
                    {q ? t('pods.employers.noMatch', { q }) : t('pods.employers.empty')}
                  </td>
                </tr>
              )}
              {employers.data.map((e) => (
                <tr key={e.key}>
                  <th scope="row">
                    <Link to={podPaths.employer(e.key)}>{e.employer}</Link>
                  </th>
                  <td className="num">
                    <CountValue value={e.sites} />
                  </td>
                  <td className="num">{format.number(e.chapters)}</td>
                  <td className="num">{format.number(e.states)}</td>
                  <td className="num">
                    <CountValue value={e.members} />
                  </td>
                  <td className="num">
                    <CountValue value={e.publicCampaigns} />
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
