import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MentorshipsSection } from './mentorships-section';
import { ReserveSection } from './reserve-section';
import { SuggestionsSection } from './suggestions-section';
import '../growth.css';

/**
 * The organizer reserve for national staff: experienced organizers who offered to help new labor
 * formations, their mentorships, and who could help a Southern chapter without a labor committee.
 */
export function ReservePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('growth.reserve.title'));
  const { hash } = useLocation();
  // Arriving from a gap on the Southern coverage page (#suggestions): go to that section.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <div className="growth-page" data-testid="reserve-page">
      <h1>{t('growth.reserve.title')}</h1>
      <p className="lead">{t('growth.reserve.intro')}</p>
      <nav aria-label={t('growth.reserve.sections')} className="in-page-nav">
        <ul>
          <li>
            <a href="#organizers">{t('growth.reserve.list.title')}</a>
          </li>
          <li>
            <a href="#mentorships">{t('growth.mentorships.title')}</a>
          </li>
          <li>
            <a href="#suggestions">{t('growth.suggestions.title')}</a>
          </li>
        </ul>
      </nav>
      <ReserveSection />
      <MentorshipsSection />
      <SuggestionsSection />
    </div>
  );
}
