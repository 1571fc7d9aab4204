import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { orderMachine } from '../order/machine';

/**
 * The machine as a Mermaid `stateDiagram-v2`, read from its own state nodes so that the picture
 * can never drift from the behaviour. Every transition that changes state appears once per event
 * (guarded branches to the same target merge); transitions that stay in place (requests, late
 * marks, offers) are left out, since a state diagram draws moves between statuses. A state with
 * only eventless transitions (`placed`, where a new order goes to `pending` or straight to work,
 * per its policy) is drawn as a choice, each branch labelled with its guard.
 *
 * @param machine - Any machine built by `createOrderMachine`; the default policy's by default.
 * @returns The diagram source, one statement per line, ending with a newline.
 * @example
 * console.log(toMermaid()); // paste into a ```mermaid block
 */
export function toMermaid(machine: AnyStateMachine = orderMachine): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${machine.root.config.initial as string}`];
  for (const node of Object.values(machine.root.states)) lines.push(...describeNode(node, '  '));
  return `${lines.join('\n')}\n`;
}

// An edge between two children of a compound state is drawn inside it; an edge that leaves it is
// drawn at the level of the compound state, where both ends are visible.
function describeNode(node: AnyStateNode, indent: string): string[] {
  const lines: string[] = [];
  const children = Object.values(node.states);
  if (children.length > 0) {
    lines.push(`${indent}state ${node.key} {`, `${indent}  [*] --> ${node.config.initial as string}`);
    const leaving: string[] = [];
    for (const child of children) {
      for (const edge of edgesOf(child))
        (edge.target.parent === node ? lines : leaving).push(`${indent}  ${edge.line}`);
    }
    lines.push(`${indent}}`, ...leaving.map((line) => line.slice(2)));
  }
  if (node.type === 'final') lines.push(`${indent}${node.key} --> [*]`);
  if (isChoice(node)) lines.push(`${indent}state ${node.key} <<choice>>`);
  if (node.parent === node.machine.root) lines.push(...edgesOf(node).map((edge) => `${indent}${edge.line}`));
  return lines;
}

function edgesOf(node: AnyStateNode): { line: string; target: AnyStateNode }[] {
  const edges = new Map<string, AnyStateNode>();
  for (const [eventType, branches] of node.transitions) {
    for (const branch of branches) {
      for (const target of branch.target ?? []) edges.set(`${node.key} --> ${target.key} : ${eventType}`, target);
    }
  }
  for (const branch of node.always ?? []) {
    for (const target of branch.target ?? [])
      edges.set(`${node.key} --> ${target.key} : ${guardLabel(branch.guard)}`, target);
  }
  return [...edges].map(([line, target]) => ({ line, target }));
}

function isChoice(node: AnyStateNode): boolean {
  return (node.always ?? []).length > 0 && node.transitions.size === 0 && Object.keys(node.states).length === 0;
}

/** An eventless branch is known by its guard: its name, or `not name` for a negated one. */
function guardLabel(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String((guard as { type: unknown }).type);
  const negated = (guard as { guards?: readonly unknown[] } | undefined)?.guards;
  return negated?.length === 1 ? `not ${guardLabel(negated[0])}` : 'otherwise';
}
