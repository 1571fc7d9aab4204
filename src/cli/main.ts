import { readFileSync } from 'node:fs';
import { run } from './run';

// The `sequestre` bin: the only place that touches argv, files, stdout and the exit code.
process.exitCode = run(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
