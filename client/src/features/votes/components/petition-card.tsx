import type { Petition } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';
import { useSignPetitionMutation } from '../api/petitions';
import { PetitionProgress } from './petition-progress';
import { VotesError } from './votes-error';

/** A petition: its question, how close it is to calling a vote, and the member's signature. */
export function PetitionCard({ petition, canSign }: { petition: Petition; canSign: boolean }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const sign = useSignPetitionMutation();
  const headingId = `petition-${petition.id}`;
  const qualified = petition.state === 'qualified';
  return (
    <article className="card petition-card" aria-labelledby={headingId} data-testid="petition">
      <h3 id={headingId} lang={petition.language}>
        {petition.title}
      </h3>
      <p lang={petition.language}>{petition.question}</p>
      <p className="muted">
        {t('votes.petitions.openedOn', { date: dates.dateTime(petition.openedAt) })}
        {petition.openedByMe && <> · {t('votes.petitions.openedByMe')}</>}
      </p>
      <PetitionProgress petition={petition} />
      {qualified && (
        <div className="notice notice-success" role="status">
          <p>
            {t('votes.petitions.qualified', {
              date: petition.qualifiedAt ? dates.dateTime(petition.qualifiedAt) : '',
            })}
          </p>
        </div>
      )}
      {canSign && !qualified && petition.signedByMe && (
        <p className="signed" role="status" data-testid="signed">
          <span aria-hidden="true">✓ </span>
          {t('votes.petitions.signed')}
        </p>
      )}
      {canSign && !qualified && !petition.signedByMe && (
        <div className="petition-sign">
          <button
            type="button"
            className="button"
            disabled={sign.isPending}
            onClick={() => sign.mutate(petition.id)}
          >
            {sign.isPending ? t('votes.petitions.signing') : t('votes.petitions.sign')}
            <span className="visually-hidden">: {petition.title}</span>
          </button>
          {sign.isError && <VotesError error={sign.error} context="sign" />}
        </div>
      )}
    </article>
  );
}
