import { describe, expect, it } from 'vitest';
import { explainDatabaseFailure } from '../../src/db/open.js';

describe('explainDatabaseFailure', () => {
  it('names a missing compiled better-sqlite3, not the database path, and says how to build it', () => {
    // The words of the `bindings` module when better_sqlite3.node was never built.
    const error = new Error('Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node');
    const { problem, advice } = explainDatabaseFailure(error, '/data/invite-check.db');
    expect(problem).toBe("better-sqlite3's compiled module is missing, or was built for another version of Node, so no database can be opened");
    expect(advice).toContain('npm rebuild better-sqlite3');
  });

  it('says the same of a module built for another version of Node', () => {
    const error = Object.assign(
      new Error("The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 127."),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    const { problem, advice } = explainDatabaseFailure(error, '/data/invite-check.db');
    expect(problem).toContain('(ERR_DLOPEN_FAILED)');
    expect(problem).toContain('built for another version of Node');
    expect(advice).toContain('npm rebuild better-sqlite3');
  });

  it('keeps an unknown failure in its own words', () => {
    expect(explainDatabaseFailure(new Error('something odd'), '/data/invite-check.db')).toEqual({
      problem: 'something odd',
      advice: 'Check DATABASE_PATH and the disk that holds it.',
    });
  });
});
