import { useState, type FormEvent } from 'react';
import type { Language } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { ApiError } from '../../../lib/http';
import { useCreatePetitionMutation } from '../api/petitions';
import { VotesError } from './votes-error';

type Problems = Partial<Record<'title' | 'question', string>>;

/** Opens a Members Decide petition: a title and the question members would vote on. */
export function NewPetitionForm() {
  const { t, i18n } = useTranslation();
  const create = useCreatePetitionMutation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.resolvedLanguage === 'es' ? 'es' : 'en');
  const [problems, setProblems] = useState<Problems>({});
  const server = create.error instanceof ApiError ? (create.error.fields ?? {}) : {};
  const errors: Problems = {
    title: problems.title ?? (server.title && t('votes.petitions.errors.title')),
    question: problems.question ?? (server.question && t('votes.petitions.errors.question')),
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {};
    if (!title.trim()) found.title = t('votes.petitions.errors.title');
    if (!question.trim()) found.question = t('votes.petitions.errors.question');
    setProblems(found);
    if (found.title || found.question) return;
    create.mutate(
      { title: title.trim(), question: question.trim(), language },
      {
        onSuccess: () => {
          setTitle('');
          setQuestion('');
          setOpen(false);
        },
      },
    );
  };

  return (
    <details
      className="disclosure new-petition"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('votes.petitions.new.open')}</summary>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <p className="field-hint">{t('votes.petitions.new.intro')}</p>
        {create.isError && <VotesError error={create.error} context="petition" />}
        <Field id="petition-title" label={t('votes.petitions.new.title')} error={errors.title}>
          {(control) => (
            <input
              {...control}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="petition-question"
          label={t('votes.petitions.new.question')}
          hint={t('votes.petitions.new.questionHint')}
          error={errors.question}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={question}
              maxLength={4000}
              onChange={(e) => setQuestion(e.target.value)}
            />
          )}
        </Field>
        <Field id="petition-language" label={t('votes.petitions.new.language')}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(e) => setLanguage(e.target.value as Language)}
            >
              <option value="en">{t('language.names.en')}</option>
              <option value="es">{t('language.names.es')}</option>
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending
              ? t('votes.petitions.new.submitting')
              : t('votes.petitions.new.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
