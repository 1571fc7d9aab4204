import { CLI_DOCS_URL } from './links';

/** The text of `sequestre --help`. */
export const USAGE = `sequestre: the order lifecycle and escrow money of a service marketplace.

Usage:
  sequestre demo [--lang en|fr] [--json]
      Play a built-in order on a simulated clock: checkout, acceptance, an option,
      a late moment, delivery, a revision, redelivery and completion.
  sequestre replay <file> [--lang en|fr] [--json]
      Replay a recorded order: JSON { "input": …, "events": [ … ] }, or JSON Lines
      with the order input on the first line and one event per line.
  sequestre diagram
      Print the Mermaid state diagram generated from the order machine.
  sequestre policy check <file> [--max-hold P90D] [--json]
      Validate a policy file and compare its longest hold with the payment
      provider's maximum (default P90D).

Exit codes: 0 done, 1 a file the command cannot use (or an invalid policy),
2 a bad command line.

Docs: ${CLI_DOCS_URL}
`;
