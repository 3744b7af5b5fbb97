import { useTranslation } from 'react-i18next';
import { isMeasure, measures, type Measure } from '../choropleth';

export interface NationalMapOptions {
  measure: Measure;
  highlightSouth: boolean;
  showChapters: boolean;
  showClusters: boolean;
}

interface NationalMapControlsProps {
  options: NationalMapOptions;
  onChange: (options: NationalMapOptions) => void;
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function NationalMapControls({ options, onChange }: NationalMapControlsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<NationalMapOptions>) => onChange({ ...options, ...patch });
  return (
    <div className="map-controls">
      <div className="field">
        <label htmlFor="map-measure">{t('maps.national.measure')}</label>
        <select
          id="map-measure"
          value={options.measure}
          onChange={(e) => {
            if (isMeasure(e.target.value)) set({ measure: e.target.value });
          }}
        >
          {measures.map((m) => (
            <option key={m} value={m}>
              {t(`maps.measures.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="map-layers">
        <Check
          label={t('maps.national.highlightSouth')}
          checked={options.highlightSouth}
          onChange={(highlightSouth) => set({ highlightSouth })}
        />
        <Check
          label={t('maps.national.showChapters')}
          checked={options.showChapters}
          onChange={(showChapters) => set({ showChapters })}
        />
        <Check
          label={t('maps.national.showClusters')}
          checked={options.showClusters}
          onChange={(showClusters) => set({ showClusters })}
        />
      </div>
    </div>
  );
}
