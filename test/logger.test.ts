import { LogLevel } from '@slack/logger';
import { describe, expect, it } from 'vitest';
import { JsonLogger, slackLibraryLogger } from '../src/logger.js';

function captured(level: LogLevel) {
  const lines: string[] = [];
  const logger = new JsonLogger(level, { write: (line: string) => lines.push(line) });
  return { logger, lines, levels: () => lines.map((line) => (JSON.parse(line) as { level: string }).level) };
}

describe('slackLibraryLogger', () => {
  it("passes on the libraries' info, warnings and errors, never their debug lines", () => {
    const { logger, levels } = captured(LogLevel.DEBUG);
    const library = slackLibraryLogger(logger);
    library.debug('request body', { text: 'Priya Raman' });
    library.info('connected');
    library.warn('slow');
    library.error('failed');
    expect(levels()).toEqual(['info', 'warn', 'error']);
  });

  it("keeps the app's level when a library sets its own (Bolt sets info)", () => {
    const { logger, levels } = captured(LogLevel.ERROR);
    const library = slackLibraryLogger(logger);
    library.setLevel(LogLevel.INFO);
    library.setName('bolt-app');
    library.info('connected');
    logger.info('checked');
    expect(logger.getLevel()).toBe(LogLevel.ERROR);
    expect(levels()).toEqual([]);
  });

  it('tells libraries the level is at least info, so they build no debug line for nothing', () => {
    expect(slackLibraryLogger(captured(LogLevel.DEBUG).logger).getLevel()).toBe(LogLevel.INFO);
    expect(slackLibraryLogger(captured(LogLevel.WARN).logger).getLevel()).toBe(LogLevel.WARN);
  });
});
