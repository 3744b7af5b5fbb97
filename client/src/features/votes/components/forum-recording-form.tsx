import { useState, type FormEvent } from 'react';
import type { Forum } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http';
import { useForumRecordingMutation } from '../api/materials';
import { VotesError } from './votes-error';

const isLink = (value: string) => /^https?:\/\/\S+\.\S+/i.test(value.trim());

interface ForumRecordingFormProps {
  voteId: number;
  forum: Forum;
  n: number;
}

/** The link to a forum's recording, added once it has been held (seeds/002: sent to all members). */
export function ForumRecordingForm({ voteId, forum, n }: ForumRecordingFormProps) {
  const { t } = useTranslation();
  const save = useForumRecordingMutation(voteId);
  const [url, setUrl] = useState(forum.recordingUrl ?? '');
  const [tried, setTried] = useState(false);
  const id = `forum-${forum.id}-recording`;
  const server = save.error instanceof ApiError ? save.error.fields?.recordingUrl : undefined;
  const error = tried && url.trim() && !isLink(url) ? t('votes.admin.forums.errors.link') : server;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (url.trim() && !isLink(url)) return;
    save.mutate({ id: forum.id, recordingUrl: url.trim() || null, version: forum.version });
  };

  return (
    <form className="form recording-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('votes.admin.forums.recording', { n })}</label>
        <div className="inline-row">
          <input
            id={id}
            type="url"
            inputMode="url"
            value={url}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" className="button button-secondary" disabled={save.isPending}>
            {t('votes.admin.forums.saveRecording')}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      {save.isSuccess && !save.isPending && (
        <p role="status" className="muted">
          {t('votes.admin.forums.recordingSaved')}
        </p>
      )}
      {save.isError && !server && <VotesError error={save.error} context="admin" />}
    </form>
  );
}
