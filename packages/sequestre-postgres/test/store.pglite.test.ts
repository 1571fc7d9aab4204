// The store's suite on PGlite, the embedded default: part of `npm test`, no server needed.
import { applySuite } from './suites/applySuite';
import { createSuite } from './suites/createSuite';
import { openPGlite } from './support/databases';

createSuite('PGlite', openPGlite);
applySuite('PGlite', openPGlite);
