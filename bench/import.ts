import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrateLatest } from '@shopfloor/db';
import { seedDemo } from '@shopfloor/db/seeds/demo';
import { createApp } from '../server/src/app';
import { hashPassword } from '../server/src/auth/passwords';
import { loadConfig } from '../server/src/config';
import { login } from './http';

const ZIPS = [
  '27701',
  '27703',
  '27705',
  '27707',
  '27514',
  '27516',
  '27529',
  '27601',
  '27603',
  '27606',
];

/** A roster in the national list's layout, as a chapter receives it. */
export function nationalLayoutRoster(lines: number, firstAkId = 5_000_000): string {
  const header =
    'AK_ID,DSA_chapter,first_name,middle_name,last_name,Mailing_Zip,Mobile_Phone,Email,Join_Date,Xdate,membership_status,union_member,union_name,union_local';
  const rows = [header];
  for (let i = 0; i < lines; i++) {
    const ak = firstAkId + i;
    const joined = `202${4 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    rows.push(
      `${ak},Triangle,Pat${i},,"Member, ${i}",${ZIPS[i % ZIPS.length]},919-555-${String(i % 10000).padStart(4, '0')},pat${i}@example.org,${joined},2027-01-01,member in good standing,"${i % 3 === 0 ? 'Yes, current union member' : 'No, not a union member'}",${i % 3 === 0 ? 'SEIU' : ''},${i % 3 === 0 ? 'Local 1199' : ''}`,
    );
  }
  return rows.join('\r\n') + '\r\n';
}

/** Times a 100,000-line roster import (dry run, then commit) on a fresh SQLite file with the demo data. */
export async function benchImport(
  lines = 100_000,
): Promise<{ lines: number; dryRunS: number; commitS: number; created: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'shopfloor-bench-import-'));
  const db = createDb({ sqliteFile: join(dir, 'import.sqlite') });
  try {
    await migrateLatest(db);
    const config = loadConfig({ SCRYPT_LOG_N: '14' });
    await seedDemo(db, 'shopfloor-demo', (p) => hashPassword(p, config.scryptLogN));
    const server = createApp({ db, config }).listen(0, '127.0.0.1');
    await new Promise((ok) => server.once('listening', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const chapter = await login(base, 'chapter@demo.test', 'shopfloor-demo');
      const csv = nationalLayoutRoster(lines);
      const run = async (dryRun: boolean) => {
        const t = performance.now();
        const res = await fetch(
          `${base}/api/chapters/${chapter.user.chapterId}/import/members?dryRun=${dryRun}`,
          {
            method: 'POST',
            headers: {
              cookie: chapter.cookie,
              'x-csrf-token': chapter.csrf,
              'content-type': 'text/csv',
            },
            body: csv,
          },
        );
        const body = (await res.json()) as { created: number; rejected: unknown[] };
        if (res.status !== 200 || body.rejected.length)
          throw new Error(`import ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
        return { s: (performance.now() - t) / 1000, created: body.created };
      };
      const dry = await run(true);
      const commit = await run(false);
      console.log(
        `import of ${lines} lines: dry run ${dry.s.toFixed(1)} s, commit ${commit.s.toFixed(1)} s`,
      );
      return { lines, dryRunS: dry.s, commitS: commit.s, created: commit.created };
    } finally {
      server.close();
    }
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
