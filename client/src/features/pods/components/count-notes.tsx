import type { Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';

/** What "<5" and a hidden count mean, and that the pods' charts draw such counts at zero. */
export function CountNotes({ values }: { values: readonly Count[] }) {
  const { t } = useTranslation();
  return <SuppressionNotes values={values} smallAlso={t('pods.charts.drawnAsZero')} />;
}
