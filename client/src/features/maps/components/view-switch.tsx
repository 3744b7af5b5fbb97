import { useTranslation } from 'react-i18next';

export type MapPageView = 'map' | 'table';

/** Map or table: the same figures either way, so the map is never the only way to them. */
export function ViewSwitch({
  view,
  onChange,
}: {
  view: MapPageView;
  onChange: (view: MapPageView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('maps.view.label')}>
      {(['map', 'table'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className="view-switch-button"
          aria-pressed={view === v}
          onClick={() => onChange(v)}
        >
          {t(`maps.view.${v}`)}
        </button>
      ))}
    </div>
  );
}
