// The store's suite on PGlite, the embedded default: part of `npm test`, no server needed.
import { applySuite } from './suites/applySuite';
import { createSuite } from './suites/createSuite';
import { deadlineSuite } from './suites/deadlineSuite';
import { outboxSuite } from './suites/outboxSuite';
import { openPGlite } from './support/databases';

createSuite('PGlite', openPGlite);
applySuite('PGlite', openPGlite);
deadlineSuite('PGlite', openPGlite);
outboxSuite('PGlite', openPGlite);
