import type { ReactNode } from 'react';
import type { ReserveOrganizer } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { useListText } from '../lib/use-list-text';

interface ReserveCardProps {
  organizer: ReserveOrganizer;
  /** Why they are suggested, or an action, under the answers. */
  children?: ReactNode;
  headingLevel?: 3 | 4;
}

/** A reserve organizer as national staff see them: name, chapter and their answers, no workplace. */
export function ReserveCard({ organizer: o, children, headingLevel = 3 }: ReserveCardProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  const lists = useListText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="reserve-card" aria-labelledby={`reserve-${o.id}-name`}>
      <Heading id={`reserve-${o.id}-name`}>
        {o.firstName} {o.lastName}
      </Heading>
      <p className="muted">
        {t('growth.reserve.card.chapter', { chapter: o.chapter.name, state: o.chapter.state })}
      </p>
      <dl className="compact-facts">
        <div>
          <dt>{t('growth.reserve.card.skills')}</dt>
          <dd>{lists.skills(o.skills)}</dd>
        </div>
        <div>
          <dt>{t('growth.reserve.card.languages')}</dt>
          <dd>{lists.languages(o.languages)}</dd>
        </div>
        <div>
          <dt>{t('growth.reserve.card.hours')}</dt>
          <dd>{format.number(o.hoursPerMonth)}</dd>
        </div>
        <div>
          <dt>{t('growth.reserve.card.states')}</dt>
          <dd>{lists.states(o.states)}</dd>
        </div>
        <div>
          <dt>{t('growth.reserve.card.industries')}</dt>
          <dd>{lists.industries(o.industries)}</dd>
        </div>
        <div>
          <dt>{t('growth.reserve.card.open')}</dt>
          <dd>{format.number(o.openMentorships)}</dd>
        </div>
        <div>
          <dt>{t('growth.reserve.card.since')}</dt>
          <dd>{dates.date(o.since.slice(0, 10))}</dd>
        </div>
      </dl>
      {children}
    </article>
  );
}
