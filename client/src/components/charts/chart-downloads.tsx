import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { fileSlug, saveFile, tableCsv } from './chart-download';

interface ChartDownloadsProps {
  title: string;
  /** The chart's heading: it names the buttons' chart for screen readers, and its font the PNG's. */
  titleId: string;
  /** The figure, holding the drawing (.chart-drawing) and the table (.chart-table table). */
  figure: RefObject<HTMLElement | null>;
  /** Whether there is a drawing to save as an image. */
  image: boolean;
}

/** "Download PNG" and "Download CSV": the chart as an image (when drawn) and its table as a file. */
export function ChartDownloads({ title, titleId, figure, image }: ChartDownloadsProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const making = useRef(false);
  const name = fileSlug(title);

  const downloadPng = async () => {
    const drawing = figure.current?.querySelector<HTMLElement>('.chart-drawing');
    const heading = document.getElementById(titleId);
    if (making.current || !drawing || !heading) return;
    making.current = true;
    setFailed(false);
    try {
      // Drawn only when asked for: most visits never need the canvas code.
      const { chartPng } = await import('./chart-image');
      saveFile(await chartPng(drawing, title, getComputedStyle(heading)), `${name}.png`);
    } catch {
      setFailed(true);
    } finally {
      making.current = false;
    }
  };

  const downloadCsv = () => {
    const table = figure.current?.querySelector<HTMLTableElement>('.chart-table table');
    setFailed(!table);
    if (table)
      saveFile(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };

  return (
    <div className="chart-actions">
      {image && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-describedby={titleId}
          onClick={() => void downloadPng()}
        >
          {t('charts.downloadPng')}
        </button>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-describedby={titleId}
        onClick={downloadCsv}
      >
        {t('charts.downloadCsv')}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t('charts.downloadFailed')}
        </p>
      )}
    </div>
  );
}
