import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useChapter } from '../api/chapters';
import { workspacePaths } from '../paths';
import { ChapterPicker } from './chapter-picker';
import '../workspace.css';

interface WorkspaceLayoutProps {
  chapterId: number | null;
  /** Given for admins, who work on any chapter: the chosen one is passed back here. */
  onPickChapter?: (chapterId: number) => void;
  children: ReactNode;
}

const sections = [
  { to: workspacePaths.workplaces, key: 'workplaces' },
  { to: workspacePaths.members, key: 'members' },
  { to: workspacePaths.import, key: 'import' },
  { to: workspacePaths.audit, key: 'audit' },
] as const;

function ChapterName({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  const chapter = useChapter(chapterId);
  return (
    <p className="workspace-eyebrow">
      {chapter.data
        ? t('workspace.layout.eyebrow', { name: chapter.data.name })
        : t('workspace.layout.eyebrowFallback')}
    </p>
  );
}

/** The chapter workspace's frame: which chapter, and its sections. */
export function WorkspaceLayout({ chapterId, onPickChapter, children }: WorkspaceLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="workspace">
      <div className="workspace-head">
        {chapterId !== null && <ChapterName chapterId={chapterId} />}
        {onPickChapter && <ChapterPicker value={chapterId} onChange={onPickChapter} />}
      </div>
      {chapterId === null ? (
        <div className="notice" role="status">
          <p>
            {onPickChapter ? t('workspace.layout.pickChapter') : t('workspace.layout.noChapter')}
          </p>
        </div>
      ) : (
        <>
          <nav aria-label={t('workspace.layout.navLabel')} className="workspace-nav">
            <ul>
              {sections.map((s) => (
                <li key={s.to}>
                  <NavLink to={s.to}>{t(`workspace.layout.sections.${s.key}`)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {children}
        </>
      )}
    </div>
  );
}
