import { useState } from 'react';
import type { Statement } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useReviewStatementMutation } from '../api/materials';
import { VotesError } from './votes-error';

interface StatementReviewProps {
  voteId: number;
  statement: Statement;
  /** Until the statements are sent; afterwards they are as members received them. */
  canReview: boolean;
}

/** One statement: its text in each language, its status, and approve or reject. */
export function StatementReview({ voteId, statement, canReview }: StatementReviewProps) {
  const { t } = useTranslation();
  const review = useReviewStatementMutation(voteId);
  const missing = statement.text.en ? (statement.text.es ? null : 'es') : 'en';
  const [translation, setTranslation] = useState('');
  const translationId = `statement-${statement.id}-translation`;

  const decide = (approved: boolean) =>
    review.mutate({
      id: statement.id,
      approved,
      version: statement.version,
      ...(approved && missing && translation.trim() && { text: { [missing]: translation.trim() } }),
    });

  return (
    <div className="statement-review" data-testid="statement-review">
      <p className="statement-status">
        <span className={`badge status-${statement.status}`}>
          {t(`votes.admin.statements.status.${statement.status}`)}
        </span>
      </p>
      {(['en', 'es'] as const).map((language) =>
        statement.text[language] ? (
          <blockquote key={language} lang={language}>
            <p>
              <span className="statement-language">{t(`language.names.${language}`)}: </span>
              {statement.text[language]}
            </p>
          </blockquote>
        ) : null,
      )}
      {canReview && (
        <div className="form">
          {missing && (
            <div className="field">
              <label htmlFor={translationId}>
                {t(`votes.admin.statements.translation.${missing}`)}
              </label>
              <p className="field-hint" id={`${translationId}-hint`}>
                {t('votes.admin.statements.translationHint')}
              </p>
              <textarea
                id={translationId}
                lang={missing}
                rows={3}
                value={translation}
                aria-describedby={`${translationId}-hint`}
                onChange={(e) => setTranslation(e.target.value)}
              />
            </div>
          )}
          {review.isError && <VotesError error={review.error} context="admin" />}
          <div className="button-row">
            {statement.status !== 'approved' ? (
              <button
                type="button"
                className="button"
                disabled={review.isPending}
                onClick={() => decide(true)}
              >
                {t('votes.admin.statements.approve')}
              </button>
            ) : (
              missing &&
              translation.trim() && (
                <button
                  type="button"
                  className="button"
                  disabled={review.isPending}
                  onClick={() => decide(true)}
                >
                  {t('votes.admin.statements.saveTranslation')}
                </button>
              )
            )}
            {statement.status !== 'rejected' && (
              <button
                type="button"
                className="button button-secondary"
                disabled={review.isPending}
                onClick={() => decide(false)}
              >
                {t('votes.admin.statements.reject')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
