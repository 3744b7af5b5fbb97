import type { MemberVote } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

type MemberStatement = MemberVote['statements'][number];

/** The approved statements for and against, side by side where there is room. */
export function StatementList({ statements }: { statements: readonly MemberStatement[] }) {
  const { t } = useTranslation();
  if (statements.length === 0) return null;
  return (
    <div className="vote-statements">
      {(['for', 'against'] as const).map((side) => (
        <div key={side} className={`statement-side statement-${side}`}>
          <h4>{t(`votes.statements.${side}`)}</h4>
          {statements
            .filter((s) => s.side === side)
            .map((s) => (
              <blockquote key={s.id} lang={s.language}>
                <p>{s.text}</p>
              </blockquote>
            ))}
        </div>
      ))}
    </div>
  );
}
