import { useTranslation } from 'react-i18next';
import { useChapters } from '../api/chapters';

interface ChapterPickerProps {
  value: number | null;
  onChange: (chapterId: number) => void;
}

/** For admins: which chapter's workspace to open. */
export function ChapterPicker({ value, onChange }: ChapterPickerProps) {
  const { t } = useTranslation();
  const chapters = useChapters();
  const sorted = [...(chapters.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="field field-inline">
      <label htmlFor="workspace-chapter">{t('workspace.layout.chapter')}</label>
      <select
        id="workspace-chapter"
        value={value ?? ''}
        disabled={chapters.isPending}
        onChange={(e) => e.target.value && onChange(Number(e.target.value))}
      >
        <option value="">{t('workspace.layout.chooseChapter')}</option>
        {sorted.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.state})
          </option>
        ))}
      </select>
      {chapters.isError && (
        <p className="field-error" role="alert">
          {t('workspace.layout.chaptersFailed')}
        </p>
      )}
    </div>
  );
}
