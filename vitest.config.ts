import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Integration tests start real HTTP servers and SQLite files; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
