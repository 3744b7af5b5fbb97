import { useState } from 'react';
import type { MemberVote } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';
import type { BallotReceipt } from '../api/member-votes';
import { BallotForm } from './ballot-form';
import { ForumList } from './forum-list';
import { ReceiptPanel } from './receipt-panel';
import { StatementList } from './statement-list';

/** One vote as a member meets it: the question, the forums, both sides, and the ballot. */
export function VoteCard({ vote }: { vote: MemberVote }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  // The receipt exists only in the answer to the ballot: kept here, never stored anywhere.
  const [receipt, setReceipt] = useState<BallotReceipt | null>(null);
  const headingId = `vote-${vote.id}`;
  return (
    <article className="card vote-card" aria-labelledby={headingId} data-testid="vote-card">
      <p className="vote-kind">{t(`votes.kinds.${vote.kind}`)}</p>
      <h3 id={headingId} lang={vote.language}>
        {vote.title}
      </h3>
      <p className="vote-question" lang={vote.language}>
        {vote.question}
      </p>
      <p className="muted">
        {vote.state === 'scheduled' && vote.opensOn && (
          <>{t('votes.card.opensOn', { date: dates.date(vote.opensOn) })} </>
        )}
        {vote.closesOn && t('votes.card.closesOn', { date: dates.date(vote.closesOn) })}
      </p>
      <ForumList forums={vote.forums} headingLevel={4} />
      <StatementList statements={vote.statements} />
      {vote.state === 'open' && (
        <div className="ballot-area">
          {receipt ? (
            <ReceiptPanel receipt={receipt.receipt} />
          ) : vote.voted ? (
            <div className="notice notice-success" role="status" data-testid="already-voted">
              <p>{t('votes.card.voted')}</p>
            </div>
          ) : vote.onRoll === false ? (
            <div className="notice" role="status">
              <p>{t('votes.card.notOnRoll')}</p>
            </div>
          ) : (
            <BallotForm vote={vote} onCast={setReceipt} />
          )}
        </div>
      )}
    </article>
  );
}
