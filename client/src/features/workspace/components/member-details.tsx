import type { ReactNode } from 'react';
import type { Member } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';

/** What the chapter knows about the member, blanks shown as a dash. */
export function MemberDetails({ member: m }: { member: Member }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const dash = <span className="muted">–</span>;
  const rows: [string, ReactNode][] = [
    [t('workspace.member.email'), m.email ?? dash],
    [t('workspace.member.phone'), m.phone ?? dash],
    [t('workspace.member.zip'), m.zip ?? dash],
    [t('workspace.member.language'), t(`language.names.${m.preferredLanguage}`)],
    [t('workspace.members.status'), t(`workspace.membershipStatus.${m.status}`)],
    [t('workspace.member.joinedOn'), m.joinedOn ? dates.date(m.joinedOn) : dash],
    [
      t('workspace.members.union'),
      m.unionMember
        ? [m.unionName, m.unionLocal].filter(Boolean).join(' · ') || t('workspace.members.unionYes')
        : t('workspace.member.notUnion'),
    ],
    [
      t('workspace.member.unionStaff'),
      m.unionStaff ? t('workspace.member.yes') : t('workspace.member.no'),
    ],
    [
      t('workspace.member.recruitment'),
      m.recruitmentSource
        ? [t(`workspace.recruitment.${m.recruitmentSource}`), m.recruitedBy]
            .filter(Boolean)
            .join(' · ')
        : dash,
    ],
  ];
  return (
    <section aria-labelledby="member-details">
      <h2 id="member-details">{t('workspace.member.details')}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
