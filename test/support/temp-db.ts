import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase, type Db } from '../../src/db/open.js';

/**
 * Real, migrated SQLite files in a temporary folder. `open()` opens another connection to the
 * same file (as a second process would); `cleanup()` closes them all and removes the folder.
 */
export function tempDatabase(): { path: string; db: Db; open: () => Db; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'invite-check-db-'));
  const path = join(dir, 'invite-check.db');
  const connections: Db[] = [];
  const open = (): Db => {
    const db = openDatabase(path);
    connections.push(db);
    return db;
  };
  const db = open();
  migrate(db);
  return {
    path,
    db,
    open,
    cleanup: () => {
      for (const connection of connections) if (connection.open) connection.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
