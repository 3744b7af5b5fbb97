import { ValidationError } from '../../http/errors';
import type { RosterFile } from '../imports/roster-file';

interface Lookups {
  byEmail(emails: string[]): Promise<Map<string, number[]>>;
  onRoll(ids: number[]): Promise<Set<number>>;
  tookPart(ids: number[]): Promise<Set<number>>;
}

const ID_HEADERS = ['member_id', 'memberid', 'id', 'member id'];
const EMAIL_HEADERS = ['email', 'e-mail', 'email address'];

/**
 * Matches the lines of a participation file to members on the roll: by member id where the
 * file has one, else by email. Each line is accepted, already recorded, or rejected with why.
 */
export async function matchParticipants(file: RosterFile, find: Lookups) {
  const headers = file.headers.map((h) => h.toLowerCase());
  const idCol = headers.findIndex((h) => ID_HEADERS.includes(h));
  const emailCol = headers.findIndex((h) => EMAIL_HEADERS.includes(h));
  if (idCol < 0 && emailCol < 0)
    throw new ValidationError(
      {
        file: {
          message: 'The file needs a member_id or an email column',
          key: 'fileNeedsMemberColumn',
        },
      },
      'The file cannot be imported',
    );
  const cell = (cells: string[], col: number) => (col >= 0 ? (cells[col] ?? '').trim() : '');
  const emails = file.records
    .filter((r) => !cell(r.cells, idCol))
    .map((r) => cell(r.cells, emailCol).toLowerCase())
    .filter(Boolean);
  const byEmail = await find.byEmail([...new Set(emails)]);

  const lines: { line: number; id?: number; error?: string }[] = file.records.map((r) => {
    const id = cell(r.cells, idCol);
    if (id)
      return /^\d+$/.test(id)
        ? { line: r.line, id: Number(id) }
        : { line: r.line, error: `${id} is not a member id` };
    const email = cell(r.cells, emailCol).toLowerCase();
    if (!email) return { line: r.line, error: 'No member id or email on this line' };
    const ids = byEmail.get(email) ?? [];
    if (ids.length > 1)
      return { line: r.line, error: `Several members share ${email}: use the member id` };
    return ids[0]
      ? { line: r.line, id: ids[0] }
      : { line: r.line, error: `No member has the email ${email}` };
  });
  const ids = [...new Set(lines.flatMap((l) => (l.id ? [l.id] : [])))];
  const [roll, tookPart] = await Promise.all([find.onRoll(ids), find.tookPart(ids)]);

  const rejected: { line: number; errors: string[] }[] = [];
  const accepted = new Set<number>();
  let alreadyRecorded = 0;
  for (const l of lines) {
    if (l.error || l.id === undefined)
      rejected.push({ line: l.line, errors: [l.error ?? 'Unreadable'] });
    else if (!roll.has(l.id))
      rejected.push({ line: l.line, errors: [`Member ${l.id} is not on the roll of this vote`] });
    else if (tookPart.has(l.id) || accepted.has(l.id)) alreadyRecorded++;
    else accepted.add(l.id);
  }
  return { memberIds: [...accepted], alreadyRecorded, rejected };
}
