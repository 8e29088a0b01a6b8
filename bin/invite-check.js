#!/usr/bin/env node
// The package's command line (`npx invite-check check "<pasted invitation>"`).
// It runs the compiled code in dist/, which `npm install` builds (the `prepare` script).
import { existsSync } from 'node:fs';
import { text } from 'node:stream/consumers';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('invite-check is not built yet: run `npm run build` (or `npm install`) first.\n');
  process.exit(1);
}
const { runCli } = await import(cli.href);
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
  stdinIsTty: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
