import { useState, type FormEvent } from 'react';
import type { MemberVote, YesNoChoice } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useCastBallotMutation, type BallotReceipt } from '../api/member-votes';
import { checkRanking, type Ranks } from '../lib/ranking';
import { ChoiceBallot } from './choice-ballot';
import { RankedBallot } from './ranked-ballot';
import { VotesError } from './votes-error';

interface BallotFormProps {
  vote: MemberVote;
  onCast: (receipt: BallotReceipt) => void;
}

/**
 * The secret ballot: yes, no or abstain, or candidates ranked. Checked before it is sent; once
 * the voter has tried to send it, what still needs fixing is shown as they change it.
 */
export function BallotForm({ vote, onCast }: BallotFormProps) {
  const { t } = useTranslation();
  const cast = useCastBallotMutation(vote.id);
  const ranked = vote.kind === 'leadership';
  const [choice, setChoice] = useState<YesNoChoice | null>(null);
  const [ranks, setRanks] = useState<Ranks>({});
  const [tried, setTried] = useState(false);
  const idPrefix = `ballot-${vote.id}`;
  const ranking = checkRanking(vote.candidates, ranks);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (ranked) {
      if (ranking.ok) cast.mutate({ rankings: ranking.rankings }, { onSuccess: onCast });
    } else if (choice) {
      cast.mutate({ choice }, { onSuccess: onCast });
    }
  };

  return (
    <form
      className="form ballot-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${idPrefix}-title`}
      data-testid="ballot-form"
    >
      <h4 id={`${idPrefix}-title`}>{t('votes.ballot.title')}</h4>
      <p className="field-hint">{t('votes.ballot.secret')}</p>
      {ranked ? (
        <RankedBallot
          idPrefix={idPrefix}
          candidates={vote.candidates}
          seats={vote.seats ?? 1}
          ranks={ranks}
          problem={tried && !ranking.ok ? ranking.problem : null}
          onChange={setRanks}
        />
      ) : (
        <ChoiceBallot
          idPrefix={idPrefix}
          value={choice}
          missing={tried && !choice}
          onChange={setChoice}
        />
      )}
      {cast.isError && <VotesError error={cast.error} context="ballot" />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={cast.isPending}>
          {cast.isPending ? t('votes.ballot.casting') : t('votes.ballot.cast')}
        </button>
      </div>
    </form>
  );
}
