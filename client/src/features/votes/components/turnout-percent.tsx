import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';

/** A turnout percentage as the server sent it (0–100), or a dash where a count behind it is hidden. */
export function TurnoutPercent({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (value !== null) return <>{format.percent(value / 100)}</>;
  return (
    <span className="count-none" title={t('votes.turnout.hiddenPercent')}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('votes.turnout.hiddenPercent')}</span>
    </span>
  );
}
