import type { ImportProblem, Member } from '@shopfloor/shared';
import type { MemberField, MemberValues } from '../members/members.repository';
import { problem } from './roster-problems';
import type { RosterRow, RowReader } from './roster-rows';

export interface PlannedCreate {
  line: number;
  values: MemberValues;
}

export interface PlannedUpdate {
  line: number;
  member: Member;
  /** Only the fields that change: their values now and after the import. */
  before: MemberValues;
  after: MemberValues;
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  rejected: { line: number; problems: ImportProblem[] }[];
}

/** A new member: the file's values, and for every field it leaves out null or the default. */
function newMember(v: MemberValues): MemberValues {
  return {
    akId: v.akId ?? null,
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email ?? null,
    phone: v.phone ?? null,
    zip: v.zip ?? null,
    preferredLanguage: v.preferredLanguage ?? 'en',
    joinedOn: v.joinedOn ?? null,
    lapsedOn: v.lapsedOn ?? null,
    status: v.status ?? 'good_standing',
    recruitmentSource: v.recruitmentSource ?? null,
    recruitedBy: v.recruitedBy ?? null,
    unionMember: v.unionMember ?? false,
    unionName: v.unionName ?? null,
    unionLocal: v.unionLocal ?? null,
    unionStaff: v.unionStaff ?? false,
    organizingStatus: 'not_started',
  };
}

/**
 * Decides, line by line and without touching the database, what the import does: match each line
 * to the chapter's roster (AK_ID first, then email), and create, update, leave alone or reject it.
 */
export function planImport(
  rows: RosterRow[],
  roster: Member[],
  akIdsElsewhere: Set<string>,
  reader: RowReader,
): ImportPlan {
  const byAkId = new Map<string, Member>();
  const byEmail = new Map<string, Member>();
  for (const m of roster) {
    if (m.akId) byAkId.set(m.akId, m);
    const email = m.email?.toLowerCase();
    if (email && !byEmail.has(email)) byEmail.set(email, m);
  }
  const lineOfAkId = new Map<string, number>();
  const lineOfEmail = new Map<string, number>();
  const lineOfMember = new Map<number, number>();
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, rejected: [] };

  for (const row of rows) {
    const problems = [...row.problems];
    const akId = row.values.akId ?? null;
    const email = row.values.email ?? null;
    const earlierAkId = akId ? lineOfAkId.get(akId) : undefined;
    const earlierEmail = email ? lineOfEmail.get(email) : undefined;
    if (earlierAkId) {
      problems.push(
        problem('same_person', 'akId', reader.label('akId'), { value: akId!, line: earlierAkId }),
      );
    } else if (earlierEmail) {
      problems.push(
        problem('same_person', 'email', reader.label('email'), {
          value: email!,
          line: earlierEmail,
        }),
      );
    }
    if (akId && !earlierAkId) lineOfAkId.set(akId, row.line);
    if (email && !earlierEmail) lineOfEmail.set(email, row.line);
    if (akId && akIdsElsewhere.has(akId)) {
      problems.push(problem('other_chapter', 'akId', reader.label('akId'), { value: akId }));
    }
    if (problems.length) {
      plan.rejected.push({ line: row.line, problems });
      continue;
    }

    let member = akId ? byAkId.get(akId) : undefined;
    // An email shared with a member who has another AK_ID is another person (a household's address).
    const byMail = !member && email ? byEmail.get(email) : undefined;
    if (byMail && (!akId || !byMail.akId)) member = byMail;
    if (!member) {
      plan.creates.push({ line: row.line, values: newMember(row.values) });
      continue;
    }
    const earlier = lineOfMember.get(member.id);
    if (earlier) {
      const field = akId ? 'akId' : 'email';
      const params = { value: (akId ?? email)!, line: earlier };
      plan.rejected.push({
        line: row.line,
        problems: [problem('same_member', field, reader.label(field), params)],
      });
      continue;
    }
    lineOfMember.set(member.id, row.line);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(row.values)) {
      const now = member[field as MemberField];
      if (value !== undefined && now !== value) {
        before[field] = now;
        after[field] = value;
      }
    }
    if (Object.keys(after).length) plan.updates.push({ line: row.line, member, before, after });
    else plan.unchanged++;
  }
  return plan;
}
