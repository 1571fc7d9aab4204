// Cold import from the built dist: each sample is a fresh Node process that times its own import
// (the process start itself is not counted), for the ESM and the CommonJS entries.

import { execFileSync } from 'node:child_process';
import { duration, median } from './report.mjs';

const SAMPLES = 15;

const ENTRIES = [
  {
    name: "import('sequestre')",
    code: "const t = performance.now(); await import('sequestre'); console.log(performance.now() - t);",
    type: 'module',
  },
  {
    name: "import('sequestre/escrow')",
    code: "const t = performance.now(); await import('sequestre/escrow'); console.log(performance.now() - t);",
    type: 'module',
  },
  {
    name: "require('sequestre')",
    code: "const t = performance.now(); require('sequestre'); console.log(performance.now() - t);",
    type: 'commonjs',
  },
  {
    name: "require('sequestre/escrow')",
    code: "const t = performance.now(); require('sequestre/escrow'); console.log(performance.now() - t);",
    type: 'commonjs',
  },
];

function sample(entry) {
  // Run from the package root so that `sequestre` resolves to this package's own dist (self-reference).
  const output = execFileSync(process.execPath, [`--input-type=${entry.type}`, '-e', entry.code], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
  });
  return Number(output.trim()) * 1e6;
}

export async function benchColdImport() {
  console.log(`\nCold import, fresh process per sample (median of ${SAMPLES})`);
  const figures = {};
  for (const entry of ENTRIES) {
    const samples = Array.from({ length: SAMPLES }, () => sample(entry));
    figures[entry.name] = median(samples);
    console.log(`  ${entry.name.padEnd(28)} ${duration(figures[entry.name])}`);
  }
  return figures;
}
