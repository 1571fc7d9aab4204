// The same suite on a real PostgreSQL (DATABASE_URL), in a schema of its own.
import { applySuite } from '../suites/applySuite';
import { createSuite } from '../suites/createSuite';
import { openPostgres } from '../support/databases';

createSuite('PostgreSQL', openPostgres);
applySuite('PostgreSQL', openPostgres);
