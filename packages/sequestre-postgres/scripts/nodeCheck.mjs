#!/usr/bin/env node
// Runs scripts/smoke.mjs against the built package (npm run build first) on this Node, then on
// Node 22 and 24 through npx, as the core's consumer checks do. The first failure stops the run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const smoke = fileURLToPath(new URL('./smoke.mjs', import.meta.url));
const runs = [
  [process.execPath, [smoke]],
  ...[22, 24].map((major) => ['npx', ['-y', '-p', `node@${major}`, 'node', smoke]]),
];
for (const [command, args] of runs) {
  const out = spawnSync(command, args, { encoding: 'utf8' });
  if (out.status !== 0) {
    console.log(`FAIL  ${command} ${args.join(' ')}\n${out.stdout}\n${out.stderr}`);
    process.exit(1);
  }
  console.log(`ok    ${out.stdout.trim()}`);
}
