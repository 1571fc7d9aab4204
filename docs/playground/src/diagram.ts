import type { OrderStatus, Policy } from '../../../src';
import { toMermaid } from '../../../src/diagram/toMermaid';
import { historyLabel, statusLabel } from '../../../src/entries/describe';
import { h, s } from './dom';
import { state } from './state';
import { ui } from './text';

/** A move between statuses, read from `toMermaid()`, which the machine's own nodes generate. */
type Edge = { readonly from: string; readonly to: string; readonly events: string[] };

const ACTIVE = ['inProgress', 'delivered', 'revisionRequested'];
const W = 170;
const H = 36;
/** Where each status sits: the working statuses inside the `active` group, the final ones at the bottom. */
const NODES: Readonly<Record<string, { x: number; y: number; w: number; h: number }>> = {
  pending: { x: 380, y: 40, w: W, h: H },
  active: { x: 380, y: 160, w: 640, h: 110 },
  inProgress: { x: 180, y: 170, w: W, h: H },
  delivered: { x: 380, y: 170, w: W, h: H },
  revisionRequested: { x: 580, y: 170, w: W, h: H },
  disputed: { x: 380, y: 290, w: W, h: H },
  cancelled: { x: 150, y: 390, w: W, h: H },
  completed: { x: 380, y: 390, w: W, h: H },
  expired: { x: 610, y: 390, w: W, h: H },
};

/** The diagram's edges, the events of parallel transitions merged onto one arrow. */
export function edgesOf(mermaid: string): Edge[] {
  const edges = new Map<string, Edge>();
  for (const line of mermaid.split('\n')) {
    const match = /^\s*(\w+) --> (\w+) : (\S+)$/.exec(line);
    if (match === null) continue;
    const [, from, to, event] = match as unknown as [string, string, string, string];
    const edge = edges.get(`${from}>${to}`) ?? { from, to, events: [] };
    edge.events.push(event);
    edges.set(`${from}>${to}`, edge);
  }
  return [...edges.values()];
}

/**
 * Moves out of the `active` group leave from its bottom edge, straight above their target, so
 * that the arrows to cancelled, disputed and expired stay apart.
 */
function groupExit(targetX: number): { x: number; y: number; w: number; h: number } {
  const group = NODES.active!;
  const x = Math.min(Math.max(targetX, group.x - group.w / 2 + 20), group.x + group.w / 2 - 20);
  return { x, y: group.y + group.h / 2, w: 0, h: 0 };
}

/** The point where the segment from a box's centre towards (tx, ty) leaves the box. */
function border(box: { x: number; y: number; w: number; h: number }, tx: number, ty: number): [number, number] {
  const dx = tx - box.x;
  const dy = ty - box.y;
  const scale = Math.min(Math.abs(box.w / 2 / (dx || 1e-9)), Math.abs(box.h / 2 / (dy || 1e-9)));
  return [box.x + dx * Math.min(scale, 1), box.y + dy * Math.min(scale, 1)];
}

/**
 * The status diagram drawn as SVG from `toMermaid()`'s edges (no diagram library, nothing
 * fetched). The current status is filled; the moves out of it are drawn in colour with their
 * events; the Mermaid source is shown below for pasting elsewhere.
 */
export function diagramPane(status: OrderStatus | null, policy: Policy): HTMLElement {
  const mermaid = toMermaid();
  // The machine has every status under every policy; a step the order's policy switches off
  // (SPEC §9: no acceptance, no revision answer) is never reached, so it is not drawn.
  const absent = new Set([
    ...(policy.acceptanceWindow === null ? ['pending'] : []),
    ...(policy.revisionResponse === null ? ['revisionRequested'] : []),
  ]);
  const nodes = Object.entries(NODES).filter(([name]) => !absent.has(name));
  const live = (from: string) => from === status || (from === 'active' && status !== null && ACTIVE.includes(status));
  const text = ui(state.locale);
  const name = text.diagramName(status === null ? '' : statusLabel(status, state.locale));
  // One image with a name that says what it shows and where the order is; its inner texts repeat
  // what the panes say, so assistive technologies read the name only.
  const svg = s('svg', {
    viewBox: '0 0 760 430',
    width: '760',
    role: 'img',
    'aria-label': name,
    'data-testid': 'diagram',
    'data-current': status ?? '',
    'data-states': nodes
      .map(([name]) => name)
      .filter((name) => name !== 'active')
      .join(' '),
  });
  svg.appendChild(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#8a93a3' }),
      ),
    ),
  );
  const group = NODES.active!;
  svg.appendChild(
    s('rect', {
      class: `group${live('active') ? ' current' : ''}`,
      x: group.x - group.w / 2,
      y: group.y - group.h / 2,
      width: group.w,
      height: group.h,
      rx: 10,
    }),
  );
  svg.appendChild(
    s('text', { x: group.x - group.w / 2 + 8, y: group.y - group.h / 2 + 14, fill: '#4a5263' }, text.activeGroup),
  );
  const labels: SVGElement[] = [];
  for (const edge of edgesOf(mermaid)) {
    const to = NODES[edge.to];
    const from = edge.from === 'active' && to !== undefined ? groupExit(to.x) : NODES[edge.from];
    if (from === undefined || to === undefined || absent.has(edge.from) || absent.has(edge.to)) continue;
    // Bend every edge a little to its left, so that A→B and B→A never overlap.
    const [mx, my] = [(from.x + to.x) / 2, (from.y + to.y) / 2];
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const [cx, cy] = [mx + ((to.y - from.y) / length) * 24, my - ((to.x - from.x) / length) * 24];
    const [x1, y1] = border(from, cx, cy);
    const [x2, y2] = border(to, cx, cy);
    const on = live(edge.from);
    svg.appendChild(
      s(
        'path',
        { class: `edge${on ? ' live' : ''}`, d: `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`, 'marker-end': 'url(#arrow)' },
        s('title', {}, edge.events.map(eventName).join(', ')),
      ),
    );
    // The label sits on the curve's midpoint: B(½) = ¼·start + ½·control + ¼·end.
    const [lx, ly] = [(x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4];
    if (on) {
      // One event per line, centred on the curve, so long names never run out of the picture.
      const top = ly - ((edge.events.length - 1) * 13) / 2;
      const lines = edge.events.map((event, index) => s('tspan', { x: lx, y: top + index * 13 }, eventName(event)));
      labels.push(s('text', { class: 'edge-label', 'text-anchor': 'middle' }, ...lines));
    }
  }
  for (const [name, box] of nodes) {
    if (name === 'active') continue;
    const label = statusLabel(name as OrderStatus, state.locale);
    svg.appendChild(
      s(
        'g',
        { class: `node${name === status ? ' current' : ''}`, 'data-node': name },
        s('rect', { x: box.x - box.w / 2, y: box.y - box.h / 2, width: box.w, height: box.h, rx: 8 }),
        s('text', { x: box.x, y: box.y + 4, 'text-anchor': 'middle' }, label),
      ),
    );
  }
  for (const label of labels) svg.appendChild(label);
  // Drawn at its own size and scrolled sideways on a narrow screen, so that its words stay
  // readable on a phone instead of shrinking to a few pixels.
  return h(
    'section',
    { class: 'half', 'data-testid': 'diagram-pane', 'aria-labelledby': 'heading-diagram' },
    h('h2', { id: 'heading-diagram' }, text.diagram),
    h('div', { class: 'diagram-scroll', tabindex: 0, role: 'region', 'aria-label': name }, svg),
    h('details', {}, h('summary', {}, text.mermaid), h('pre', { lang: 'en', translate: 'no' }, mermaid)),
  );
}

/**
 * An edge's event in the reader's words: what the transition records ("Commande acceptée"), up to
 * the colon for the automatic ones ("Commande annulée automatiquement"), to stay short on an arrow.
 */
function eventName(event: string): string {
  return historyLabel(event, state.locale).split(/\s?:/)[0]!;
}
