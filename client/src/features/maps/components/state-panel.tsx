import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { stateByCode, type Chapter } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import type { StateFigures } from '../choropleth';
import { StateFigure, stateFigureKeys } from '../../../components/ui/state-figures';

interface StatePanelProps {
  code: string;
  figures: StateFigures | undefined;
  chapters: readonly Chapter[];
  isSouth: boolean;
  /** Admins open a chapter's workspace from here; national staff see its facts only. */
  canOpenChapters: boolean;
  highlightChapterId?: number | null;
  /** Changes each time the user picks a state: the panel then takes focus. */
  focusKey?: number;
  onClose: () => void;
}

function ChapterItem({
  chapter,
  canOpen,
  current,
}: {
  chapter: Chapter;
  canOpen: boolean;
  current: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className={current ? 'panel-chapter panel-chapter-current' : 'panel-chapter'}>
      <span className="panel-chapter-name">
        <span
          className={`chapter-dot ${chapter.hasLaborCommittee ? 'chapter-dot-filled' : 'chapter-dot-hollow'}`}
          aria-hidden="true"
        />
        {canOpen ? (
          <Link to={`/chapter?chapterId=${chapter.id}`}>{chapter.name}</Link>
        ) : (
          chapter.name
        )}
      </span>
      <span className="muted">
        {t(`maps.sizeClass.${chapter.sizeClass}`)} ·{' '}
        {chapter.hasLaborCommittee
          ? t('maps.panel.laborCommittee')
          : t('maps.panel.noLaborCommittee')}
      </span>
      {canOpen && (
        <Link className="panel-chapter-map" to={`/chapter/map?chapterId=${chapter.id}`}>
          {t('maps.panel.openChapterMap')}
          <span className="visually-hidden">: {chapter.name}</span>
        </Link>
      )}
    </li>
  );
}

/** A state's figures (as the server sent them, suppressed counts and all) and its chapters. */
export function StatePanel({
  code,
  figures,
  chapters,
  isSouth,
  canOpenChapters,
  highlightChapterId,
  focusKey = 0,
  onClose,
}: StatePanelProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // A state the user just picked takes focus, so a keyboard or screen reader user lands on what
  // opened; one opened from the address does not.
  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const name = stateByCode.get(code)?.name ?? code;
  return (
    <aside className="side-panel" aria-labelledby="state-panel-heading" data-testid="state-panel">
      <div className="side-panel-head">
        <h2 id="state-panel-heading" tabIndex={-1} ref={heading}>
          {name}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('maps.panel.close')}
          <span className="visually-hidden">: {name}</span>
        </button>
      </div>
      {isSouth && <p className="badge">{t('maps.panel.south')}</p>}
      {figures ? (
        <dl className="panel-figures">
          {stateFigureKeys.map((key) => (
            <div key={key}>
              <dt>{t(`stateFigures.columns.${key}`)}</dt>
              <dd>
                <StateFigure row={figures} figure={key} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('maps.panel.noFigures')}</p>
      )}
      <h3>{t('maps.panel.chapters')}</h3>
      {chapters.length === 0 ? (
        <p className="muted">{t('maps.panel.noChapters')}</p>
      ) : (
        <ul className="panel-chapters">
          {chapters.map((c) => (
            <ChapterItem
              key={c.id}
              chapter={c}
              canOpen={canOpenChapters}
              current={c.id === highlightChapterId}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
