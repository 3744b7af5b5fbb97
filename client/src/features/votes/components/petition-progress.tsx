import { useId } from 'react';
import type { Petition } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';

/** Signatures against the threshold, as a bar and in words (the words are what the bar means). */
export function PetitionProgress({ petition }: { petition: Petition }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const textId = useId();
  const share = petition.threshold > 0 ? Math.min(1, petition.signatures / petition.threshold) : 1;
  const text = t('votes.petitions.progress', {
    signatures: format.number(petition.signatures),
    threshold: format.number(petition.threshold),
  });
  return (
    <div className="petition-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-labelledby={textId}
        aria-valuemin={0}
        aria-valuemax={petition.threshold}
        aria-valuenow={Math.min(petition.signatures, petition.threshold)}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p id={textId} className="progress-text" data-testid="petition-progress">
        {text}
      </p>
      <p className="field-hint">
        {t('votes.petitions.thresholdNote', {
          percent: format.number(petition.thresholdPercent),
          members: format.number(petition.membersInGoodStanding),
        })}
      </p>
    </div>
  );
}
