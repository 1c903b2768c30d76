import type { SankeyEdge, SankeyNode } from '@waymark/domain';

/** A placed Sankey node: a rectangle in its step's column. */
export interface PlacedNode extends SankeyNode {
  x: number;
  y: number;
  height: number;
}

/** A placed link: the centre line of a band from one node to the next, and its thickness. */
export interface PlacedLink extends SankeyEdge {
  d: string;
  width: number;
}

/** The whole placed Sankey. */
export interface SankeyLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
}

/** Size and spacing of a Sankey drawing. */
export interface SankeySize {
  width: number;
  height: number;
  nodeWidth: number;
  gap: number;
  /** Most nodes kept per step column (the smallest others are dropped with their links). */
  perColumn: number;
}

/**
 * Places Sankey nodes in one column per step position (so cycles draw as forward flows), largest
 * first, with heights by count on one shared scale, and links as cubic Bézier centre lines whose
 * stroke width is the transition count on that scale. Pure: same input, same layout.
 */
export function layoutSankey(
  nodes: readonly SankeyNode[],
  edges: readonly SankeyEdge[],
  size: SankeySize,
): SankeyLayout {
  const steps = [...new Set(nodes.map((n) => n.step))].sort((a, b) => a - b);
  const columns = steps.map((step) =>
    nodes
      .filter((n) => n.step === step)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, size.perColumn),
  );
  const tallest = Math.max(1, ...columns.map((col) => col.reduce((sum, n) => sum + n.count, 0)));
  const most = Math.max(1, ...columns.map((col) => col.length));
  const scale = (size.height - size.gap * (most - 1)) / tallest;
  const span = Math.max(1, steps.length - 1);
  const placed = new Map<string, PlacedNode>();
  columns.forEach((col, c) => {
    const x = steps.length === 1 ? 0 : (c * (size.width - size.nodeWidth)) / span;
    let y = 0;
    for (const node of col) {
      const height = Math.max(2, node.count * scale);
      placed.set(node.id, { ...node, x, y, height });
      y += height + size.gap;
    }
  });
  const kept = edges
    .filter((e) => placed.has(e.source) && placed.has(e.target) && e.count > 0)
    .sort((a, b) => (placed.get(a.target)?.y ?? 0) - (placed.get(b.target)?.y ?? 0));
  const outUsed = new Map<string, number>();
  const inUsed = new Map<string, number>();
  const bySourceY = [...kept].sort((a, b) => (placed.get(a.source)?.y ?? 0) - (placed.get(b.source)?.y ?? 0));
  const inOffset = new Map<SankeyEdge, number>();
  for (const edge of bySourceY) {
    const used = inUsed.get(edge.target) ?? 0;
    inOffset.set(edge, used);
    inUsed.set(edge.target, used + edge.count * scale);
  }
  const links = kept.flatMap((edge): PlacedLink[] => {
    const source = placed.get(edge.source);
    const target = placed.get(edge.target);
    if (!source || !target) return [];
    const width = Math.max(1, edge.count * scale);
    const out = outUsed.get(edge.source) ?? 0;
    outUsed.set(edge.source, out + edge.count * scale);
    const y0 = source.y + out + width / 2;
    const y1 = target.y + (inOffset.get(edge) ?? 0) + width / 2;
    const x0 = source.x + size.nodeWidth;
    const x1 = target.x;
    const mid = (x0 + x1) / 2;
    const r = (v: number) => Math.round(v * 10) / 10;
    return [
      { ...edge, width, d: `M${r(x0)},${r(y0)} C${r(mid)},${r(y0)} ${r(mid)},${r(y1)} ${r(x1)},${r(y1)}` },
    ];
  });
  return { nodes: [...placed.values()], links };
}
