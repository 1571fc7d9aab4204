// `npm run bench`: builds first (see package.json), then measures the built package as users get it.
// These are measurements, not tests: nothing here fails on a slow figure.

import { benchColdImport } from './coldImport.bench.mjs';
import { benchDashboard } from './dashboard.bench.mjs';
import { benchEscrow } from './escrow.bench.mjs';
import { benchParse } from './parse.bench.mjs';
import { machine } from './report.mjs';
import { benchService } from './service.bench.mjs';

console.log(`sequestre benchmarks on ${machine()}`);
await benchService();
await benchDashboard();
await benchParse();
await benchEscrow();
await benchColdImport();
