import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate, readMigrations, type Migration } from '../../src/db/migrate.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { DatabaseError } from '../../src/errors.js';

let dir: string;
const opened: Db[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invite-check-migrate-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(name = 'app.db'): Db {
  const db = openDatabase(join(dir, name));
  opened.push(db);
  return db;
}

function tables(db: Db): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

function recorded(db: Db): { version: number; name: string }[] {
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
}

/** What a call throws, so its class and message can be checked. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const ONE: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER); INSERT INTO one VALUES (1);' };
const TWO_FAILS: Migration = {
  version: 2,
  name: 'two',
  sql: 'CREATE TABLE two (y INTEGER); INSERT INTO two VALUES (2); INSERT INTO no_such_table VALUES (3);',
};

describe('migrate', () => {
  it('applies the migrations to a fresh file and records each one', () => {
    const migrations = readMigrations();
    const latest = migrations.at(-1)?.version ?? 0;
    expect(latest).toBeGreaterThanOrEqual(1);
    const db = open();
    expect(migrate(db, migrations, new Date('2024-03-05T12:00:00Z'))).toEqual({ from: 0, to: latest });
    expect(tables(db)).toEqual(expect.arrayContaining(['decision_events', 'invitations', 'schema_migrations', 'slack_users', 'thank_you_nudges']));
    expect(recorded(db)).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    expect(db.prepare('SELECT applied_at FROM schema_migrations WHERE version = 1').get()).toEqual({ applied_at: '2024-03-05T12:00:00.000Z' });
    expect(currentSchemaVersion(db)).toBe(latest);
  });

  it('does nothing the second time, in the same or another connection', () => {
    const db = open();
    const { to } = migrate(db);
    const before = db.prepare('SELECT * FROM schema_migrations').all();
    expect(migrate(db)).toEqual({ from: to, to });
    expect(migrate(open())).toEqual({ from: to, to });
    expect(db.prepare('SELECT * FROM schema_migrations').all()).toEqual(before);
  });

  it('applies only what is new', () => {
    const db = open();
    expect(migrate(db, [ONE])).toEqual({ from: 0, to: 1 });
    const two: Migration = { version: 2, name: 'two', sql: 'CREATE TABLE two (y INTEGER);' };
    expect(migrate(db, [ONE, two])).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM one').get()).toEqual({ n: 1 });
    expect(recorded(db)).toEqual([{ version: 1, name: 'one' }, { version: 2, name: 'two' }]);
  });

  it('refuses a database written by a newer release, and changes nothing', () => {
    const db = open();
    const { to } = migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(to + 1, 'future', '2030-01-01T00:00:00Z');
    const error = thrown(() => migrate(db));
    expect(error).toBeInstanceOf(DatabaseError);
    expect(String(error instanceof Error ? error.message : error)).toMatch(new RegExp(`schema version ${to + 1}.*only knows up to ${to}.*newer`, 's'));
    expect(currentSchemaVersion(db)).toBe(to + 1);
  });

  it('rolls a failing migration back entirely: no tables, no rows, no version', () => {
    const db = open();
    const error = thrown(() => migrate(db, [ONE, TWO_FAILS]));
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error instanceof Error ? error.message : '').toMatch(/Could not apply database migrations \(still at version 0\): .*no_such_table/);
    expect(tables(db)).toEqual(['schema_migrations']);
    expect(recorded(db)).toEqual([]);
    expect(currentSchemaVersion(db)).toBe(0);
  });

  it('keeps earlier migrations when a later one fails', () => {
    const db = open();
    migrate(db, [ONE]);
    expect(() => migrate(db, [ONE, TWO_FAILS])).toThrow(/still at version 1/);
    expect(tables(db)).toEqual(['one', 'schema_migrations']);
    expect(currentSchemaVersion(db)).toBe(1);
    // The database is still usable and the fixed migration applies.
    expect(migrate(db, [ONE, { ...TWO_FAILS, sql: 'CREATE TABLE two (y INTEGER);' }])).toEqual({ from: 1, to: 2 });
  });

  it('copes with another process migrating between its first look and its write lock', () => {
    const racing = open();
    const rival = open();
    let rivalRan = false;
    // The rival migrates the same file just before this connection takes its write lock, as a
    // second replica starting at the same moment would.
    const db = new Proxy(racing, {
      get(target, property) {
        if (property === 'transaction' && !rivalRan) {
          rivalRan = true;
          migrate(rival);
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const latest = readMigrations().at(-1)?.version ?? 0;
    expect(() => migrate(db)).not.toThrow();
    expect(rivalRan).toBe(true);
    expect(currentSchemaVersion(racing)).toBe(latest);
    expect(recorded(racing)).toHaveLength(latest);
  });
});

describe('readMigrations', () => {
  function folder(files: Record<string, string>): string {
    const path = join(dir, `migrations-${Object.keys(files).join('-')}`);
    mkdirSync(path);
    for (const [file, sql] of Object.entries(files)) writeFileSync(join(path, file), sql);
    return path;
  }

  it('reads numbered .sql files in order and ignores other files', () => {
    const path = folder({ '002_second.sql': 'SELECT 2;', '001_first.sql': 'SELECT 1;', 'README.md': '# notes', 'draft.sql': 'SELECT 0;' });
    expect(readMigrations(path)).toEqual([
      { version: 1, name: 'first', sql: 'SELECT 1;' },
      { version: 2, name: 'second', sql: 'SELECT 2;' },
    ]);
  });

  it('reads the app’s own migrations, numbered from 1 without gaps', () => {
    const migrations = readMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations[0]?.name).toBe('initial');
  });

  it.each([
    ['a gap', { '001_a.sql': '', '003_c.sql': '' }, /found 3 at position 2/],
    ['a duplicate number', { '001_a.sql': '', '001_b.sql': '' }, /found 1 at position 2/],
    ['a start other than 1', { '002_b.sql': '' }, /found 2 at position 1/],
  ])('rejects %s', (_name, files, message) => {
    const error = thrown(() => readMigrations(folder(files)));
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error instanceof Error ? error.message : '').toMatch(message);
  });
});

describe('openDatabase', () => {
  it('creates the folder and sets the pragmas the app relies on', () => {
    const path = join(dir, 'nested', 'deeper', 'app.db');
    const db = openDatabase(path);
    opened.push(db);
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
  });

  it('enforces foreign keys', () => {
    const db = open();
    migrate(db);
    expect(() =>
      db
        .prepare("INSERT INTO thank_you_nudges (invitation_id, team_id, owner_id, due_at, created_at, updated_at) VALUES (999, 'T1', 'U1', 0, 0, 0)")
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('opens an in-memory database', () => {
    const db = openDatabase(':memory:');
    opened.push(db);
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
  });

  it('refuses a file that is not a database with a clear DatabaseError', () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, randomBytes(8192));
    const error = thrown(() => openDatabase(path));
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error instanceof Error ? error.message : '').toMatch(new RegExp(`^Cannot open the database at ${escapeRegExp(path)}: .*not a database`));
  });

  it('explains when the folder cannot be created', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const error = thrown(() => openDatabase(join(file, 'app.db')));
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error instanceof Error ? error.message : '').toMatch(/^Cannot (create the folder for|open) the database at /);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
