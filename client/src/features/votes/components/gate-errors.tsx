import { useTranslation } from 'react-i18next';

interface GateErrorsProps {
  /** The 409's fields: what stands in the way, by what it concerns. */
  fields: Record<string, string>;
  forums: number;
}

const known = ['forums', 'statements', 'for', 'against'] as const;
type Known = (typeof known)[number];
const isKnown = (key: string): key is Known => (known as readonly string[]).includes(key);
const anchors: Record<Known, string> = {
  forums: '#forums-heading',
  statements: '#statements-heading',
  for: '#statements-heading',
  against: '#statements-heading',
};

/**
 * Why the server refused a step (opening voting, sending the statements): each reason with what
 * to do about it and a link to the part of the page where it is done.
 */
export function GateErrors({ fields, forums }: GateErrorsProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert" data-testid="gate-errors">
      <p className="notice-title">{t('votes.admin.gate.title')}</p>
      <ul>
        {Object.entries(fields).map(([key, message]) => (
          <li key={key}>
            {isKnown(key) ? (
              <>
                {t(`votes.admin.gate.${key}`, { count: forums })}{' '}
                <a href={anchors[key]}>{t(`votes.admin.gate.goTo.${key}`)}</a>
              </>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
