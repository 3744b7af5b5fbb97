import { lazy } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shopfloor/shared';
import { useCurrentUser } from '../features/auth/api';

// Lazy, so Leaflet and the map pages load only when a map is opened.
const NationalMapPage = lazy(() =>
  import('../features/maps/components/national-map-page').then((m) => ({
    default: m.NationalMapPage,
  })),
);
const ChapterMapPage = lazy(() =>
  import('../features/maps/components/chapter-map-page').then((m) => ({
    default: m.ChapterMapPage,
  })),
);

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p>{t('maps.notAllowed')}</p>
    </div>
  );
}

const nationalMapRoles: readonly Role[] = ['national', 'admin'];

/** National staff and admins; only admins may open a chapter from the map. */
export function NationalMapRoute() {
  const user = useCurrentUser();
  if (!nationalMapRoles.includes(user.role)) return <NotAllowed />;
  return <NationalMapPage canOpenChapters={user.role === 'admin'} />;
}

/** A chapter committee sees its own chapter; an admin names one with ?chapterId=. */
export function ChapterMapRoute() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (user.role === 'chapter') {
    return <ChapterMapPage chapterId={user.chapterId} canPickChapter={false} />;
  }
  if (user.role !== 'admin') return <NotAllowed />;
  const requested = Number(params.get('chapterId'));
  const chapterId = Number.isInteger(requested) && requested > 0 ? requested : null;
  return <ChapterMapPage chapterId={chapterId} canPickChapter />;
}
