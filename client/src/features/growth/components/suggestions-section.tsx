import { useSearchParams } from 'react-router';
import type { ReserveSuggestions } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { QueryError, useErrorText } from '../../../components/ui/query-error';
import { useIndustries } from '../../../lib/industries';
import { useNumberFormat } from '../../../i18n/format';
import { useCreateMentorshipMutation } from '../api/mentorships';
import { useChapterList } from '../api/places';
import { useReserveSuggestions } from '../api/reserve';
import { ReserveCard } from './reserve-card';

type Suggestion = ReserveSuggestions['items'][number];

function Reasons({ s, chapter }: { s: Suggestion; chapter: ReserveSuggestions['chapter'] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const industries = useIndustries();
  const reasons = [
    s.sameIndustry &&
      t('growth.suggestions.reasons.industry', { industry: industries.label(chapter.industry) }),
    // Spanish is a reason only where the chapter asks for it.
    chapter.spanishFirst && s.speaksSpanish && t('growth.suggestions.reasons.spanish'),
    s.supportsState && t('growth.suggestions.reasons.state', { state: chapter.state }),
    s.distanceKm !== null &&
      t('growth.suggestions.reasons.distance', { km: format.number(Math.round(s.distanceKm)) }),
  ].filter((r): r is string => Boolean(r));
  return (
    <ul className="suggestion-reasons" aria-label={t('growth.suggestions.why')}>
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

function ProposeButton({
  reserveId,
  chapterId,
  name,
}: {
  reserveId: number;
  chapterId: number;
  name: string;
}) {
  const { t } = useTranslation();
  const create = useCreateMentorshipMutation();
  const errorText = useErrorText();
  return (
    <div className="suggestion-action">
      <button
        type="button"
        className="button button-small"
        disabled={create.isPending || create.isSuccess}
        onClick={() => create.mutate({ reserveId, chapterId })}
      >
        {create.isSuccess
          ? t('growth.suggestions.proposed')
          : t('growth.suggestions.propose', { name })}
      </button>
      <p className="control-status" role="status">
        {create.isSuccess ? t('growth.suggestions.proposedNote') : ''}
      </p>
      {create.isError && (
        <p className="field-error" role="alert">
          {errorText(create.error)}
        </p>
      )}
    </div>
  );
}

/**
 * Reserve organizers for a Southern chapter with no labor committee yet: the server's order (its
 * industry first, Spanish speakers where the chapter asks, then the nearest), each with a reason.
 */
export function SuggestionsSection() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chapters = useChapterList();
  const candidates = (chapters.data ?? [])
    .filter((c) => c.isSouth && !c.hasLaborCommittee)
    .sort((a, b) => a.name.localeCompare(b.name));
  const asked = Number(params.get('chapterId'));
  const chapterId = Number.isInteger(asked) && asked > 0 ? asked : (candidates[0]?.id ?? null);
  const suggestions = useReserveSuggestions(chapterId);
  const choose = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('chapterId', id);
        return next;
      },
      { replace: true },
    );

  return (
    <section id="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('growth.suggestions.title')}</h2>
      <p className="muted">{t('growth.suggestions.intro')}</p>
      {chapters.isPending ? (
        <Loading label={t('growth.suggestions.loading')} />
      ) : chapters.isError ? (
        <QueryError error={chapters.error} onRetry={() => void chapters.refetch()} />
      ) : candidates.length === 0 && chapterId === null ? (
        <div className="notice" role="status">
          <p>{t('growth.suggestions.noGaps')}</p>
        </div>
      ) : (
        <>
          <div className="growth-filters">
            <Field id="suggestions-chapter" label={t('growth.suggestions.chapter')}>
              {(c) => (
                <select {...c} value={chapterId ?? ''} onChange={(e) => choose(e.target.value)}>
                  {chapterId !== null && !candidates.some((ch) => ch.id === chapterId) && (
                    <option value={chapterId}>
                      {chapters.data?.find((ch) => ch.id === chapterId)?.name ??
                        t('growth.scopePicker.numbered', { id: chapterId })}
                    </option>
                  )}
                  {candidates.map((ch) => (
                    <option key={ch.id} value={ch.id}>
                      {t('growth.mentorships.form.chapterOption', {
                        chapter: ch.name,
                        state: ch.state,
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {suggestions.isPending ? (
            <Loading label={t('growth.suggestions.loading')} />
          ) : suggestions.isError ? (
            <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />
          ) : (
            <>
              <p>
                {suggestions.data.chapter.industry
                  ? t('growth.suggestions.basis', {
                      chapter: suggestions.data.chapter.name,
                    })
                  : t('growth.suggestions.basisNoIndustry', {
                      chapter: suggestions.data.chapter.name,
                    })}{' '}
                {suggestions.data.chapter.spanishFirst && t('growth.suggestions.spanishFirst')}
              </p>
              {suggestions.data.items.length === 0 ? (
                <div className="notice" role="status">
                  <p>{t('growth.suggestions.none')}</p>
                </div>
              ) : (
                <div className="card-list" data-testid="suggestion-list">
                  {suggestions.data.items.map((s) => (
                    <ReserveCard key={s.id} organizer={s}>
                      <Reasons s={s} chapter={suggestions.data.chapter} />
                      <ProposeButton
                        reserveId={s.id}
                        chapterId={suggestions.data.chapter.id}
                        name={`${s.firstName} ${s.lastName}`}
                      />
                    </ReserveCard>
                  ))}
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
