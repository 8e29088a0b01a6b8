import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { PRIYA_PASTE } from './support/pastes.js';

const PRIYA = PRIYA_PASTE;

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: async () => stdin,
    stdinIsTty: stdin === '',
  });
  return { code, stdout, stderr };
}

describe('invite-check check', () => {
  it('prints what it read and the recommendation with reasons', async () => {
    const { code, stdout } = await run(['check', PRIYA]);
    expect(code).toBe(0);
    expect(stdout).toContain('Name:                Priya Raman');
    expect(stdout).toContain('Company:             Northwind Analytics');
    expect(stdout).toContain('Recommendation: ACCEPT');
  });

  it('--json prints one object with the documented keys', async () => {
    const { code, stdout } = await run(['check', '--json', PRIYA]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(
      ['company', 'headline', 'mutualConnections', 'name', 'note', 'profileUrl', 'reasons', 'recommendation', 'score'].sort(),
    );
    expect(result).toMatchObject({
      name: 'Priya Raman',
      company: 'Northwind Analytics',
      mutualConnections: 14,
      profileUrl: 'https://www.linkedin.com/in/priya-raman-data',
      recommendation: 'accept',
    });
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect((result.reasons as string[]).length).toBeGreaterThan(0);
  });

  it('reports unknown mutual connections as null and reads standard input', async () => {
    const { code, stdout } = await run(['check', '--json'], 'Ana Silva | CTO at Lumen');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ name: 'Ana Silva', mutualConnections: null, profileUrl: null });
  });

  it('exits 1 with a clear message when it cannot read the text', async () => {
    const unreadable = await run(['check', '14 mutual connections']);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/couldn't find the person's name/);
    expect(unreadable.stdout).toBe('');
    const empty = await run(['check']);
    expect(empty.code).toBe(1);
    const unknown = await run(['frob']);
    expect(unknown.code).toBe(1);
  });

  it('shows usage for --help, also after check, and refuses a mistyped option instead of reading it as text', async () => {
    for (const args of [['--help'], ['check', '--help'], ['check', '-h']]) {
      const help = await run(args);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Usage:');
    }
    const typo = await run(['check', '--jsn', 'Priya Raman | CTO at X']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Unknown option "--jsn"');
    expect(typo.stdout).toBe('');
    const bare = await run([]);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('Usage:');
    expect(bare.stdout).toBe('');
  });

  it('runs as the package bin from the built code', async () => {
    const bin = new URL('../bin/invite-check.js', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'check', '--json', PRIYA]);
    expect(JSON.parse(stdout)).toMatchObject({ name: 'Priya Raman', recommendation: 'accept' });
  });
});
