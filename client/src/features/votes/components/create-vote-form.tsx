import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { voteKinds, type VoteKind } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { ApiError } from '../../../lib/http';
import { useCreateVoteMutation } from '../api/votes';
import { checkDraft, emptyDraft, toVoteCreate, type VoteDraft } from '../lib/vote-draft';
import { LocalizedFields } from './localized-fields';
import { VotesError } from './votes-error';

/** Calls a vote as a draft: its kind, its text in English and/or Spanish, candidates, dates. */
export function CreateVoteForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateVoteMutation();
  const [draft, setDraft] = useState<VoteDraft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const problems = tried ? checkDraft(draft) : {};
  const server = create.error instanceof ApiError ? (create.error.fields ?? {}) : {};
  const error = (field: keyof typeof problems, ...serverKeys: string[]) =>
    problems[field]
      ? t(`votes.admin.create.errors.${field}`)
      : [field, ...serverKeys].map((k) => server[k]).find(Boolean);
  const set = (key: keyof VoteDraft) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(checkDraft(draft)).length > 0) return;
    create.mutate(toVoteCreate(draft), {
      onSuccess: (vote) => void navigate(`/votes/admin/${vote.id}`),
    });
  };

  const date = (key: 'opensOn' | 'closesOn') => (
    <Field
      id={`vote-${key}`}
      label={t(`votes.admin.create.${key}`)}
      error={key === 'closesOn' ? error('closesOn') : server.opensOn}
    >
      {(control) => (
        <input
          {...control}
          type="date"
          value={draft[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <details className="disclosure" open={tried || undefined}>
      <summary>{t('votes.admin.create.open')}</summary>
      <form
        className="form form-grid card"
        onSubmit={onSubmit}
        noValidate
        data-testid="create-vote"
      >
        {tried && Object.keys(problems).length > 0 && (
          <div className="notice notice-error form-wide" role="alert">
            <p>{t('votes.errors.checkFields')}</p>
          </div>
        )}
        {create.isError && <VotesError error={create.error} context="admin" />}
        <Field id="vote-kind" label={t('votes.admin.create.kind')} className="form-wide">
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(e) => set('kind')(e.target.value as VoteKind)}
            >
              {voteKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`votes.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <LocalizedFields
          name="title"
          values={[draft.titleEn, draft.titleEs]}
          onChange={[set('titleEn'), set('titleEs')]}
          error={error('title', 'title.en', 'title.es')}
        />
        <LocalizedFields
          name="question"
          multiline
          values={[draft.questionEn, draft.questionEs]}
          onChange={[set('questionEn'), set('questionEs')]}
          error={error('question', 'question.en', 'question.es')}
        />
        {draft.kind === 'leadership' && (
          <>
            <Field
              id="vote-candidates"
              label={t('votes.admin.create.candidates')}
              hint={t('votes.admin.create.candidatesHint')}
              error={error('candidates')}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={4}
                  value={draft.candidates}
                  onChange={(e) => set('candidates')(e.target.value)}
                />
              )}
            </Field>
            <Field id="vote-seats" label={t('votes.admin.create.seats')} error={error('seats')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={1}
                  inputMode="numeric"
                  value={draft.seats}
                  onChange={(e) => set('seats')(e.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {date('opensOn')}
        {date('closesOn')}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('votes.admin.create.submitting') : t('votes.admin.create.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
