import { pickLanguage, type Language, type MemberVote } from '@shopfloor/shared';
import { memberIdOf, type Actor } from '../../auth/policy';
import { NotFoundError } from '../../http/errors';
import type { MembersRepository } from '../members/members.repository';
import type { BallotsRepository } from './ballots.repository';
import type { MaterialsRepository } from './materials.repository';
import type { VotesRepository } from './votes.repository';

/** The member page: votes to come, open and closed, in the member's language where it exists. */
export class MemberVotesService {
  constructor(
    private readonly votes: VotesRepository,
    private readonly ballots: BallotsRepository,
    private readonly materials: MaterialsRepository,
    private readonly members: MembersRepository,
  ) {}

  /** `lang`: the language the page is read in (the member may read Spanish first). */
  async list(actor: Actor, lang?: Language) {
    const memberId = memberIdOf(actor);
    const member = await this.members.get({ kind: 'member', memberId }, memberId);
    if (!member) throw new NotFoundError('Member');
    const language = lang ?? member.preferredLanguage;
    const votes = (await this.votes.listByStates(['scheduled', 'open', 'closed'])).slice(0, 20);
    const ids = votes.map((v) => v.id);
    const [forums, statements, roll, voted] = await Promise.all([
      this.materials.forums(ids),
      this.materials.statements(ids, { approvedOnly: true, userId: null }),
      this.votes.rollOf(memberId, ids),
      this.ballots.votedIn(memberId, ids),
    ]);
    const items: MemberVote[] = votes.map((v) => {
      const title = pickLanguage(v.title, language);
      return {
        id: v.id,
        kind: v.kind,
        state: v.state,
        title: title.text,
        question: pickLanguage(v.question, language).text,
        language: title.language,
        seats: v.seats,
        candidates: v.candidates,
        opensOn: v.opensOn,
        closesOn: v.closesOn,
        onRoll: v.state === 'scheduled' ? null : roll.has(v.id),
        voted: voted.has(v.id),
        forums: forums.filter((f) => f.voteId === v.id),
        statements: statements
          .filter((s) => s.voteId === v.id && s.status === 'approved')
          .map((s) => ({ id: s.id, side: s.side, ...pickLanguage(s.text, language) })),
      };
    });
    return { language, votes: items };
  }
}
