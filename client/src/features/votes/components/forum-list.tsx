import type { Forum } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useForumTime } from '../lib/use-when';

interface ForumListProps {
  forums: readonly Forum[];
  headingLevel: 3 | 4;
}

/** The all-member forums before a vote: when, where to join, and the recording afterwards. */
export function ForumList({ forums, headingLevel }: ForumListProps) {
  const { t } = useTranslation();
  const when = useForumTime();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const now = Date.now();
  return (
    <div className="vote-forums">
      <Heading>{t('votes.forums.title')}</Heading>
      {forums.length === 0 && <p className="muted">{t('votes.forums.none')}</p>}
      <ol className="forum-list">
        {forums.map((forum, i) => {
          const past = new Date(forum.startsAt).getTime() < now;
          return (
            <li key={forum.id}>
              <span className="forum-when">
                {t('votes.forums.number', { n: i + 1 })}: {when(forum.startsAt)}
              </span>
              <span className="forum-links">
                {!past && forum.link && (
                  <a href={forum.link} target="_blank" rel="noreferrer">
                    {t('votes.forums.join', { n: i + 1 })}
                  </a>
                )}
                {forum.recordingUrl ? (
                  <a href={forum.recordingUrl} target="_blank" rel="noreferrer">
                    {t('votes.forums.recording', { n: i + 1 })}
                  </a>
                ) : (
                  past && <span className="muted">{t('votes.forums.noRecording')}</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
