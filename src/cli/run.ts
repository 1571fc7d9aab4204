import { toMermaid } from '../diagram/toMermaid';
import { presets } from '../index';
import { type Command, type PresetName, parseArgs } from './args/parseArgs';
import { CliError } from './CliError';
import { demoFor } from './demo/demoOrder';
import type { Lang } from './i18n/lang';
import { stringsFor } from './i18n/strings';
import { ISSUES_URL } from './links';
import { checkPolicy } from './policy/checkPolicy';
import { comparePolicies } from './policy/comparePolicies';
import { formatDifferences, formatPolicyReport, holdWarning } from './policy/formatPolicyReport';
import { parseReplayFile } from './replay/parseReplayFile';
import { formatTimeline } from './timeline/formatTimeline';
import { playOrder, type ScriptedEvent } from './timeline/playOrder';
import { toTimelineJson } from './timeline/toTimelineJson';
import { USAGE } from './usage';

/** What the CLI may touch of the outside world, injected so that tests can run it in memory. */
export type CliIo = {
  /** Reads a whole text file; throws a Node file-system error when it cannot. */
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
};

/**
 * Runs one command line and returns its exit code: 0 done, 1 a file it cannot use or an invalid
 * policy, 2 a bad command line. Every failure is one sentence on stderr, never a stack trace.
 */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    return execute(parseArgs(argv), io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`sequestre: ${error.message}\n`);
      return error.exitCode;
    }
    // Not a refusal but a bug in the CLI or the library: still one sentence, and a way forward.
    io.stderr(
      `sequestre: unexpected error (${error instanceof Error ? error.message : String(error)}); please report it at ${ISSUES_URL} with the command you ran.\n`,
    );
    return 1;
  }
}

function execute(command: Command, io: CliIo): number {
  switch (command.name) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'diagram':
      io.stdout(toMermaid());
      return 0;
    case 'demo': {
      const demo = demoFor(command.preset);
      return printTimeline(demo.input, demo.events, { ...command, source: 'the demo', intro: command.preset }, io);
    }
    case 'replay': {
      const recording = parseReplayFile(read(command.file, io), command.file);
      return printTimeline(
        recording.input,
        recording.events.map((event) => () => event),
        { ...command, source: command.file, intro: undefined },
        io,
      );
    }
    case 'policy check':
      return printPolicyCheck(command, io);
  }
}

/** `intro`: the preset the demo plays, whose introduction goes above the timeline; none for a replay. */
type TimelineOptions = {
  readonly lang: Lang;
  readonly json: boolean;
  readonly source: string;
  readonly intro: PresetName | undefined;
};

function printTimeline(input: unknown, events: readonly ScriptedEvent[], options: TimelineOptions, io: CliIo): number {
  const timeline = playOrder(input, events);
  if (!timeline.ok)
    throw new CliError(
      `The order input of ${options.source} is refused: ${timeline.error.code}: ${timeline.error.message}`,
    );
  if (options.json) {
    io.stdout(`${JSON.stringify(toTimelineJson(timeline.steps), null, 2)}\n`);
    return 0;
  }
  const strings = stringsFor(options.lang);
  io.stdout(
    `${options.intro !== undefined ? `${strings.labels.demoIntro(options.intro)}\n\n` : ''}${formatTimeline(timeline.steps, strings)}`,
  );
  return 0;
}

function printPolicyCheck(command: Extract<Command, { name: 'policy check' }>, io: CliIo): number {
  const text = read(command.file, io);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${command.file} is not valid JSON (${(error as Error).message}).`);
  }
  const report = checkPolicy(value, command.maxHold);
  const { against } = command;
  // Differences only for a valid policy: an invalid one has errors to fix first.
  const differences =
    report.valid && against !== undefined ? comparePolicies(report.policy, presets[against]) : undefined;
  if (command.json) {
    const warnings = report.valid ? [holdWarning(report.hold)].filter((warning) => warning !== undefined) : [];
    io.stdout(
      `${JSON.stringify({ file: command.file, ...report, warnings, ...(differences === undefined ? {} : { against, differences }) }, null, 2)}\n`,
    );
  } else {
    io.stdout(
      formatPolicyReport(report, command.file) +
        (differences === undefined ? '' : formatDifferences(differences, against!)),
    );
  }
  return report.valid ? 0 : 1;
}

// Node's file errors carry a code; each one becomes a sentence a person can act on.
function read(path: string, io: CliIo): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError(`Cannot read ${path}: ${reason}.`);
  }
}
