import { useState, type FormEvent } from 'react';
import { campaignKinds, campaignPrograms, type CampaignCreate } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useStartCampaignMutation } from '../api/campaigns';
import { FormError } from './form-error';

/** Starts a campaign at the mapping stage, with what is known about it so far. */
export function StartCampaignForm({ workplaceId }: { workplaceId: number }) {
  const { t } = useTranslation();
  const start = useStartCampaignMutation();
  const errors = useFieldErrors(start.error);
  const [kind, setKind] = useState<CampaignCreate['kind']>('union_drive');
  const [program, setProgram] = useState('');
  const [partnerUnion, setPartnerUnion] = useState('');
  const [unitSize, setUnitSize] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start.mutate({
      workplaceId,
      kind,
      program: (program || null) as CampaignCreate['program'],
      partnerUnion: partnerUnion.trim() || null,
      unitSize: unitSize ? Number(unitSize) : null,
    });
  };

  return (
    <form className="form form-grid" onSubmit={onSubmit} noValidate>
      <FormError error={start.error} />
      <Field id="campaign-kind" label={t('workspace.campaign.kind')} error={errors.kind}>
        {(c) => (
          <select {...c} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {campaignKinds.map((k) => (
              <option key={k} value={k}>
                {t(`workspace.campaign.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="campaign-program" label={t('workspace.campaign.program')} error={errors.program}>
        {(c) => (
          <select {...c} value={program} onChange={(e) => setProgram(e.target.value)}>
            <option value="">{t('workspace.fields.notKnown')}</option>
            {campaignPrograms.map((p) => (
              <option key={p} value={p}>
                {t(`workspace.campaign.programs.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="campaign-partner"
        label={t('workspace.campaign.partnerUnion')}
        error={errors.partnerUnion}
      >
        {(c) => (
          <input {...c} value={partnerUnion} onChange={(e) => setPartnerUnion(e.target.value)} />
        )}
      </Field>
      <Field id="campaign-unit" label={t('workspace.campaign.unitSize')} error={errors.unitSize}>
        {(c) => (
          <input
            {...c}
            type="number"
            min={1}
            inputMode="numeric"
            value={unitSize}
            onChange={(e) => setUnitSize(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={start.isPending}>
          {start.isPending ? t('workspace.actions.saving') : t('workspace.stage.start')}
        </button>
      </div>
    </form>
  );
}
