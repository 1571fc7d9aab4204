import type { Policy } from '../../index';
import type { HoldAnalysis } from './analyzeHold';
import type { PolicyReport } from './checkPolicy';
import type { PolicyDifference } from './comparePolicies';
import { POLICY_FIELDS } from './policyFields';

const DAY_MS = 86_400_000;

/** The report of `sequestre policy check` as text: each error explained, or the hold verdict. */
export function formatPolicyReport(report: PolicyReport, name: string): string {
  if (!report.valid) {
    const lines = [`${name}: ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}`];
    for (const error of report.errors) {
      const field = error.path.split('.')[1] as keyof Policy | undefined;
      lines.push(`  ✗ ${error.message}`);
      if (field !== undefined && Object.hasOwn(POLICY_FIELDS, field))
        lines.push(`    ${field}: ${POLICY_FIELDS[field]}.`);
    }
    return `${lines.join('\n')}\n`;
  }
  const { hold } = report;
  const warning = holdWarning(hold);
  const lines = [`${name}: policy "${report.policy.name}" is valid.`];
  lines.push(warning !== undefined || !hold.bounded ? `  ⚠ ${warning}` : `  ✓ ${holdVerdict(hold)}`);
  if (hold.bounded)
    lines.push(
      '    Time spent disputed pauses expiry (SPEC §5) and adds to the hold: resolve disputes within the limit too.',
    );
  return `${lines.join('\n')}\n`;
}

/** The warning for a hold that can outlast the provider's limit, or undefined when it cannot. */
export function holdWarning(hold: HoldAnalysis): string | undefined {
  if (!hold.bounded) {
    return `maxLifetime is null: orders never expire, so money can stay held without limit (a late order waits for the buyer, extensions and revisions can go on), beyond the payment provider's maximum hold of ${days(hold.maxHoldMs)} (${hold.maxHold}).`;
  }
  if (!hold.exceeds) return undefined;
  return `maxLifetime ${hold.maxLifetime} can keep money held up to ${days(hold.longestMs)} from payment to payout (an order nobody completes expires only then), longer than the payment provider's maximum hold of ${days(hold.maxHoldMs)} (${hold.maxHold}); set maxLifetime to at most ${hold.maxHold}, or move the funds out of the provider's hold before then.`;
}

function holdVerdict(hold: Extract<HoldAnalysis, { bounded: true }>): string {
  return `maxLifetime ${hold.maxLifetime} keeps money held at most ${days(hold.longestMs)} from payment to payout, within the payment provider's maximum hold of ${days(hold.maxHoldMs)} (${hold.maxHold}).`;
}

/** A span in days, with the hours when it is not whole days. */
export function days(ms: number): string {
  const whole = Math.floor(ms / DAY_MS);
  const hours = Math.round((ms - whole * DAY_MS) / 3_600_000);
  const dayText = `${whole} day${whole === 1 ? '' : 's'}`;
  return hours === 0 ? dayText : `${dayText} ${hours} h`;
}

/**
 * The differences from a preset, each with what the field means: what a platform's rules change.
 * `against` is the preset's name.
 */
export function formatDifferences(differences: readonly PolicyDifference[], against: string): string {
  if (differences.length === 0) return `  = the same rules as presets.${against}, field for field.\n`;
  const lines = [
    `  ${differences.length} field${differences.length === 1 ? '' : 's'} differ${differences.length === 1 ? 's' : ''} from presets.${against}:`,
  ];
  for (const { field, against: base, value } of differences) {
    lines.push(
      `  ≠ ${field}: ${JSON.stringify(value)} (${against}: ${JSON.stringify(base)})`,
      `    ${field}: ${POLICY_FIELDS[field]}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
