import { CLI_DOCS_URL } from './links';

/** The text of `sequestre --help`. */
export const USAGE = `sequestre: the order lifecycle and escrow money of a service marketplace.

Usage:
  sequestre demo [--preset comeup|fiverr|upwork] [--lang en|fr] [--json]
      Play a built-in order on a simulated clock: checkout, acceptance, an option,
      a late moment, delivery, a revision, redelivery and completion, under a
      preset's rules (default comeup; Fiverr and Upwork have no acceptance step
      and no revision answer step).
  sequestre replay <file> [--lang en|fr] [--json]
      Replay a recorded order: JSON { "input": …, "events": [ … ] }, or JSON Lines
      with the order input on the first line and one event per line.
  sequestre diagram
      Print the Mermaid state diagram generated from the order machine.
  sequestre policy check <file> [--max-hold P90D] [--json] [--against comeup|fiverr|upwork]
      Validate a policy file and compare its longest hold with the payment
      provider's maximum (default P90D); with --against, list the fields
      on which it differs from a preset.

Exit codes: 0 done, 1 a file the command cannot use (or an invalid policy),
2 a bad command line.

Docs: ${CLI_DOCS_URL}
`;
