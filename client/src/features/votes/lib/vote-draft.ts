import type { VoteCreate, VoteKind } from '@shopfloor/shared';

export interface VoteDraft {
  kind: VoteKind;
  titleEn: string;
  titleEs: string;
  questionEn: string;
  questionEs: string;
  seats: string;
  /** One name a line. */
  candidates: string;
  opensOn: string;
  closesOn: string;
}

export const emptyDraft: VoteDraft = {
  kind: 'endorsement',
  titleEn: '',
  titleEs: '',
  questionEn: '',
  questionEs: '',
  seats: '1',
  candidates: '',
  opensOn: '',
  closesOn: '',
};

/** What needs fixing, by field, as keys of votes.admin.create.errors. */
export type DraftProblem = 'title' | 'question' | 'candidates' | 'seats' | 'closesOn';

export const candidateNames = (draft: VoteDraft) =>
  draft.candidates
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

/** The server's rules, checked first so each problem shows under its field before sending. */
export function checkDraft(draft: VoteDraft): Partial<Record<DraftProblem, true>> {
  const problems: Partial<Record<DraftProblem, true>> = {};
  if (!draft.titleEn.trim() && !draft.titleEs.trim()) problems.title = true;
  if (!draft.questionEn.trim() && !draft.questionEs.trim()) problems.question = true;
  if (draft.kind === 'leadership') {
    const names = candidateNames(draft);
    const seats = Number(draft.seats);
    if (names.length < 2) problems.candidates = true;
    else if (!Number.isInteger(seats) || seats < 1 || seats >= names.length) problems.seats = true;
  }
  if (draft.opensOn && draft.closesOn && draft.opensOn > draft.closesOn) problems.closesOn = true;
  return problems;
}

export function toVoteCreate(draft: VoteDraft): VoteCreate {
  const text = (en: string, es: string) => ({ en: en.trim() || null, es: es.trim() || null });
  const leadership = draft.kind === 'leadership';
  return {
    kind: draft.kind,
    title: text(draft.titleEn, draft.titleEs),
    question: text(draft.questionEn, draft.questionEs),
    ...(leadership && {
      seats: Number(draft.seats),
      candidates: candidateNames(draft).map((name) => ({ name })),
    }),
    ...(draft.opensOn && { opensOn: draft.opensOn }),
    ...(draft.closesOn && { closesOn: draft.closesOn }),
  };
}
