import type { Knex } from 'knex';
import { addMembers } from './members';

export type People = Record<string, { memberId: number; email: string }>;

/**
 * A hand-built organization for turnout. Roll (good standing): Durham NC 10, Atlanta GA 6,
 * Chicago IL 7. Durham: D1–D6 at a hospital (62), D7–D9 at a store (44-45), D10 no job; D1–D4
 * in a pod. Atlanta: A1–A3 in a healthcare pod (62, no job on record), A4–A6 nothing. Chicago:
 * C1–C2 at a school (61) and in a pod, C3–C7 nothing. Lapsed: L1 and one more in Durham, one in
 * Chicago. D1–D3 have logins.
 */
export async function turnoutFixture(db: Knex): Promise<People> {
  const m: People = {};
  const now = new Date().toISOString();
  const insert = async (table: string, row: object): Promise<number> => {
    const [r] = await db(table)
      .insert({ ...row, created_at: now })
      .returning('id');
    return typeof r === 'object' ? r.id : r;
  };
  const chapter = (name: string, state: string) =>
    insert('chapters', { name, state, updated_at: now });
  const workplace = (chapterId: number, employer: string, industry: string) =>
    insert('workplaces', {
      chapter_id: chapterId,
      employer,
      employer_key: employer.toLowerCase(),
      zip: '27701',
      industry,
      updated_at: now,
    });
  const pod = async (chapterId: number, name: string, industry: string, who: string[]) => {
    const id = await insert('pods', {
      name,
      industry,
      scope: 'chapter',
      chapter_id: chapterId,
      updated_at: now,
    });
    for (const k of who)
      await insert('pod_members', {
        pod_id: id,
        member_id: m[k]!.memberId,
        added_on: '2026-10-01',
      });
  };
  const people = async (prefix: string, chapterId: number, n: number, login: string[] = []) => {
    for (let i = 1; i <= n; i++) {
      const key = `${prefix}${i}`;
      m[key] = (await addMembers(db, [{ chapterId, login: login.includes(key) }]))[0]!;
    }
  };

  const [durham, atlanta, chicago] = [
    await chapter('Durham', 'NC'),
    await chapter('Atlanta', 'GA'),
    await chapter('Chicago', 'IL'),
  ];
  await people('D', durham, 10, ['D1', 'D2', 'D3']);
  await people('A', atlanta, 6);
  await people('C', chicago, 7);
  const lapsed = await addMembers(db, [
    { chapterId: durham, status: 'lapsed', login: false },
    { chapterId: durham, status: 'lapsed', login: false },
    { chapterId: chicago, status: 'lapsed', login: false },
  ]);
  m.L1 = lapsed[0]!;
  const [hospital, store, school] = [
    await workplace(durham, 'Duke Hospital', '62'),
    await workplace(durham, 'Food Lion', '44-45'),
    await workplace(chicago, 'Lincoln Elementary', '61'),
  ];
  const job = (k: string, w: number) =>
    insert('employments', { member_id: m[k]!.memberId, workplace_id: w });
  for (const k of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6']) await job(k, hospital);
  for (const k of ['D7', 'D8', 'D9']) await job(k, store);
  for (const k of ['C1', 'C2']) await job(k, school);
  await pod(durham, 'Triangle healthcare', '62', ['D1', 'D2', 'D3', 'D4']);
  await pod(atlanta, 'Atlanta healthcare', '62', ['A1', 'A2', 'A3']);
  await pod(chicago, 'Chicago educators', '61', ['C1', 'C2']);
  return m;
}
