import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { ApiError } from '../../../lib/http';
import { useAddForumMutation } from '../api/materials';
import type { VoteDetail } from '../api/votes';
import { useForumTime } from '../lib/use-when';
import { ForumRecordingForm } from './forum-recording-form';
import { VotesError } from './votes-error';

const isLink = (value: string) => /^https?:\/\/\S+\.\S+/i.test(value.trim());
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The two all-member forums a vote needs before it opens, and their recordings afterwards. */
export function ForumsAdmin({ vote }: { vote: VoteDetail }) {
  const { t } = useTranslation();
  const when = useForumTime();
  const add = useAddForumMutation(vote.id);
  const [startsAt, setStartsAt] = useState('');
  const [link, setLink] = useState('');
  const [tried, setTried] = useState(false);
  const server = add.error instanceof ApiError ? (add.error.fields ?? {}) : {};
  const startsError =
    tried && !startsAt ? t('votes.admin.forums.errors.startsAt') : server.startsAt;
  const linkError = tried && !isLink(link) ? t('votes.admin.forums.errors.link') : server.link;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (!startsAt || !isLink(link)) return;
    add.mutate(
      { startsAt: new Date(startsAt).toISOString(), link: link.trim() },
      {
        onSuccess: () => {
          setStartsAt('');
          setLink('');
          setTried(false);
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="forums-heading">
      <h2 id="forums-heading">{t('votes.forums.title')}</h2>
      <p className="field-hint">{t('votes.admin.forums.intro')}</p>
      {vote.forums.length === 0 && <p className="muted">{t('votes.forums.none')}</p>}
      <ol className="admin-forums">
        {vote.forums.map((forum, i) => (
          <li key={forum.id}>
            <p>
              <strong>
                {t('votes.forums.number', { n: i + 1 })}: {when(forum.startsAt)}
              </strong>
              {forum.link && (
                <>
                  {' · '}
                  <a href={forum.link} target="_blank" rel="noreferrer">
                    {t('votes.forums.join', { n: i + 1 })}
                  </a>
                </>
              )}
            </p>
            {vote.state !== 'draft' && (
              <ForumRecordingForm voteId={vote.id} forum={forum} n={i + 1} />
            )}
          </li>
        ))}
      </ol>
      {(vote.state === 'draft' || vote.state === 'scheduled') && (
        <form className="form form-grid" onSubmit={onSubmit} noValidate>
          <h3 className="form-wide">{t('votes.admin.forums.add')}</h3>
          {add.isError && !(add.error instanceof ApiError && add.error.fields) && (
            <VotesError error={add.error} context="admin" />
          )}
          <Field
            id="forum-starts"
            label={t('votes.admin.forums.startsAt')}
            hint={t('votes.admin.forums.zone', { zone: zone() })}
            error={startsError}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={startsAt}
                onChange={(e) => setStartsAt(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="forum-link"
            label={t('votes.admin.forums.link')}
            hint={t('votes.admin.forums.linkHint')}
            error={linkError}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                value={link}
                onChange={(e) => setLink(e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={add.isPending}>
              {t('votes.admin.forums.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
