import { useMemo } from 'react';
import type { Chapter } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { divIcon } from 'leaflet';
import { Marker } from 'react-leaflet';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Chapters as pins: the head filled with a labor committee, hollow without, standing above the
 * chapter's town so the workplace cluster counted there stays readable. They are elements, not
 * canvas shapes (a couple of hundred at most), so each can take focus and be opened with Enter.
 */
export function ChapterMarkers({
  chapters,
  onSelect,
}: {
  chapters: readonly Chapter[];
  onSelect: (chapter: Chapter) => void;
}) {
  const { t } = useTranslation();
  const markers = useMemo(
    () =>
      chapters.flatMap((c) => {
        if (c.lat === null || c.lng === null) return [];
        const kind = c.hasLaborCommittee ? 'filled' : 'hollow';
        const label = `${t('maps.panel.chapterLabel', { name: c.name })}: ${
          c.hasLaborCommittee ? t('maps.panel.laborCommittee') : t('maps.panel.noLaborCommittee')
        }`;
        const icon = divIcon({
          className: `chapter-pin chapter-pin-${kind}`,
          iconSize: [14, 28],
          iconAnchor: [7, 28],
          html: `<span class="chapter-pin-head"></span><span class="visually-hidden">${escape(label)}</span>`,
        });
        return [{ chapter: c, icon, label, position: [c.lat, c.lng] as [number, number] }];
      }),
    [chapters, t],
  );
  return markers.map(({ chapter, icon, label, position }) => (
    <Marker
      key={chapter.id}
      position={position}
      icon={icon}
      title={label}
      eventHandlers={{ click: () => onSelect(chapter) }}
    />
  ));
}
