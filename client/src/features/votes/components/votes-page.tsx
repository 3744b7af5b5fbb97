import '../votes.css';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MemberVotesSection } from './member-votes-section';
import { PetitionsSection } from './petitions-section';
import { VoteListSection } from './vote-list-section';

interface VotesPageProps {
  /** A member signs petitions and votes; everyone else reads. */
  isMember: boolean;
  /** National staff and admins, who call and run votes. */
  runsVotes: boolean;
}

/** Votes and Members Decide petitions: a member's ballot box, and everyone's reading room. */
export function VotesPage({ isMember, runsVotes }: VotesPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('votes.page.title'));
  return (
    <div className="votes-page" data-testid="votes-page">
      <h1>{t('votes.page.title')}</h1>
      <p className="lead">{t('votes.page.intro')}</p>
      {runsVotes && (
        <p>
          <Link to="/votes/admin" className="button button-secondary">
            {t('votes.page.runVotes')}
          </Link>
        </p>
      )}
      {isMember ? <MemberVotesSection /> : <VoteListSection runsVotes={runsVotes} />}
      <PetitionsSection canSign={isMember} />
    </div>
  );
}
