import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const example = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs a proof worker (`worker.ts` or `loadWorker.ts`) as a real child process: node itself with
 * tsx as a loader (not the tsx command, which would wrap it in a second process and hide how it
 * died). Resolves with its exit code or the signal that killed it.
 */
export function spawnWorker(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `proofs/${script}`], {
      cwd: example,
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.json', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
