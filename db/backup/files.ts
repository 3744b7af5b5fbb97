import { closeSync, fsyncSync, openSync, readSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type BackupKind = 'sqlite' | 'postgres';

export const BACKUP_DIR = 'data/backups';

/**
 * `data/backups/shopfloor-2026-11-21T22-38-01Z.sqlite` (or `.dump`): UTC, no colons in file
 * names; BACKUP_DIR moves the folder.
 */
export function defaultBackupPath(kind: BackupKind, label = 'shopfloor', now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const dir = process.env.BACKUP_DIR || BACKUP_DIR;
  return join(dir, `${label}-${stamp}.${kind === 'sqlite' ? 'sqlite' : 'dump'}`);
}

/** What a backup file holds, read from its first bytes rather than its name. */
export function backupKindOf(file: string): BackupKind | null {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(16);
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  return null;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves a finished file into place only once it is on disk, so a crash never leaves a partial
 * file under the final name.
 */
export function publish(partial: string, final: string): void {
  fsyncPath(partial);
  renameSync(partial, final);
  fsyncPath(dirname(final));
}
