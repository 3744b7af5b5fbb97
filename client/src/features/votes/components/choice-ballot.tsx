import { yesNoChoices, type YesNoChoice } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

interface ChoiceBallotProps {
  idPrefix: string;
  value: YesNoChoice | null;
  /** The voter tried to send the ballot without choosing. */
  missing: boolean;
  onChange: (choice: YesNoChoice) => void;
}

/** Yes, no or abstain: one radio group, its error tied to it. */
export function ChoiceBallot({ idPrefix, value, missing, onChange }: ChoiceBallotProps) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-choice-error`;
  return (
    <fieldset
      className="fieldset choice-group"
      aria-invalid={missing ? true : undefined}
      aria-describedby={missing ? errorId : undefined}
    >
      <legend>{t('votes.ballot.choiceLegend')}</legend>
      {yesNoChoices.map((choice) => (
        <div className="radio-row" key={choice}>
          <input
            type="radio"
            id={`${idPrefix}-${choice}`}
            name={`${idPrefix}-choice`}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <label htmlFor={`${idPrefix}-${choice}`}>{t(`votes.choices.${choice}`)}</label>
        </div>
      ))}
      {missing && (
        <p id={errorId} className="field-error" role="alert">
          {t('votes.ballot.errors.noChoice')}
        </p>
      )}
    </fieldset>
  );
}
