import { useState, type FormEvent } from 'react';
import {
  censusSouth,
  reserveSkills,
  states,
  type IndustryCode,
  type Language,
  type ReserveOptIn,
} from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useIndustries } from '../../../lib/industries';
import { useReserveOptInMutation, type ReserveEntry } from '../reserve-api';
import { CheckGroup } from './check-group';

const stateOptions = [...states]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((s) => ({ value: s.code, label: s.name }));

interface ReserveOptInFormProps {
  entry: ReserveEntry | null;
  onDone: () => void;
}

/** What the member can help with, in which languages, how many hours and where. */
export function ReserveOptInForm({ entry, onDone }: ReserveOptInFormProps) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const save = useReserveOptInMutation();
  const serverErrors = useFieldErrors(save.error);
  const errorText = useErrorText();
  const [skills, setSkills] = useState<string[]>(entry?.skills ?? []);
  const [languages, setLanguages] = useState<string[]>(entry?.languages ?? []);
  const [hours, setHours] = useState(entry ? String(entry.hoursPerMonth) : '');
  const [chosenStates, setStates] = useState<string[]>(entry?.states ?? []);
  const [chosenIndustries, setIndustries] = useState<string[]>(entry?.industries ?? []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The server checks every answer and names what is wrong, field by field.
    const body: ReserveOptIn = {
      skills: skills as ReserveOptIn['skills'],
      languages: languages as Language[],
      hoursPerMonth: hours.trim() === '' ? 0 : Number(hours),
      states: chosenStates,
      industries: chosenIndustries as IndustryCode[],
    };
    save.mutate(body, { onSuccess: onDone });
  };
  // An answer that is a list is checked item by item too ("states.2"): shown on its group.
  const groupError = (key: string) =>
    serverErrors[key] ??
    Object.entries(serverErrors).find(([field]) => field.startsWith(`${key}.`))?.[1];
  const addSouth = () => setStates([...new Set([...chosenStates, ...censusSouth])]);

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="reserve-opt-in-form">
      {save.isError && (
        <div className="notice notice-error" role="alert">
          <p>
            {Object.keys(serverErrors).length
              ? t('growth.optIn.checkAnswers')
              : errorText(save.error)}
          </p>
        </div>
      )}
      <CheckGroup
        id="reserve-skills"
        legend={t('growth.optIn.answers.skills')}
        hint={t('growth.optIn.hints.skills')}
        error={groupError('skills')}
        options={reserveSkills.map((s) => ({ value: s, label: t(`growth.skills.${s}`) }))}
        checked={skills}
        onChange={setSkills}
      />
      <CheckGroup
        id="reserve-languages"
        legend={t('growth.optIn.answers.languages')}
        error={groupError('languages')}
        options={(['en', 'es'] as const).map((l) => ({
          value: l,
          label: t(`growth.languages.${l}`),
        }))}
        checked={languages}
        onChange={setLanguages}
      />
      <Field
        id="reserve-hours"
        label={t('growth.optIn.answers.hours')}
        hint={t('growth.optIn.hints.hours')}
        error={serverErrors.hoursPerMonth}
        className="field-narrow"
      >
        {(c) => (
          <input
            {...c}
            type="number"
            min={1}
            max={160}
            step={1}
            inputMode="numeric"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        )}
      </Field>
      <CheckGroup
        id="reserve-states"
        legend={t('growth.optIn.answers.states')}
        hint={t('growth.optIn.hints.states')}
        extra={
          <div>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={addSouth}
            >
              {t('growth.optIn.addSouth')}
            </button>
          </div>
        }
        error={groupError('states')}
        options={stateOptions}
        checked={chosenStates}
        onChange={setStates}
        dense
      />
      <CheckGroup
        id="reserve-industries"
        legend={t('growth.optIn.answers.industries')}
        hint={t('growth.optIn.hints.industries')}
        error={groupError('industries')}
        options={industries.options.map((o) => ({ value: o.code, label: o.label }))}
        checked={chosenIndustries}
        onChange={setIndustries}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending
            ? t('growth.actions.saving')
            : entry
              ? t('growth.optIn.saveChanges')
              : t('growth.optIn.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('growth.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
