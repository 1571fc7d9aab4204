import { describe, expect, it } from 'vitest';
import { availableActions, type Role } from '../../src';
import { toMermaid } from '../../src/diagram/toMermaid';
import { placed, t0 } from '../support/fixtures';
import { fencedBlocks, readDoc, section, tableRows } from './markdown';

const page = readDoc('docs/lifecycle.md');

describe('docs/lifecycle.md', () => {
  it('shows the diagram the machine generates today (refresh it with `npx tsx src/cli/main.ts diagram`)', () => {
    expect(fencedBlocks(page, 'mermaid')).toEqual([toMermaid()]);
  });

  it('lists for each role exactly the events availableActions offers it, in the same order', () => {
    const rows = tableRows(section(page, '## Who may send what')).slice(2);
    const roles: Role[] = ['buyer', 'seller', 'platform', 'system'];
    const order = placed();
    for (const [column, role] of roles.entries()) {
      const documented = rows
        .filter((cells) => cells[column + 1] === '✓')
        .map((cells) => cells[0]!.replaceAll('`', ''));
      const viewer = role === 'buyer' ? { role, id: 'b-1' } : role === 'seller' ? { role, id: 's-1' } : { role };
      expect(documented, role).toEqual(availableActions(order, { viewer, at: t0 }).map((action) => action.type));
    }
  });
});
