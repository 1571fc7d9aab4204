// The same suite on a real PostgreSQL (DATABASE_URL), in a schema of its own.
import { applySuite } from '../suites/applySuite';
import { createSuite } from '../suites/createSuite';
import { deadlineSuite } from '../suites/deadlineSuite';
import { outboxSuite } from '../suites/outboxSuite';
import { openPostgres } from '../support/databases';

createSuite('PostgreSQL', openPostgres);
applySuite('PostgreSQL', openPostgres);
deadlineSuite('PostgreSQL', openPostgres);
outboxSuite('PostgreSQL', openPostgres);
