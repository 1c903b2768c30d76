import { describe, expect, it } from 'vitest';
import { layoutSankey } from './sankey-layout';

const size = { width: 300, height: 100, nodeWidth: 10, gap: 10, perColumn: 3 };

describe('layoutSankey', () => {
  const nodes = [
    { id: '1:home', step: 1, name: 'home', count: 60 },
    { id: '1:search', step: 1, name: 'search', count: 30 },
    { id: '2:cart', step: 2, name: 'cart', count: 50 },
    { id: '3:home', step: 3, name: 'home', count: 20 },
  ];
  const edges = [
    { source: '1:home', target: '2:cart', count: 40 },
    { source: '1:search', target: '2:cart', count: 10 },
    { source: '2:cart', target: '3:home', count: 20 },
  ];

  it('puts each step in its own column, largest node on top, on one scale', () => {
    const { nodes: placed } = layoutSankey(nodes, edges, size);
    const home1 = placed.find((n) => n.id === '1:home');
    const search1 = placed.find((n) => n.id === '1:search');
    const home3 = placed.find((n) => n.id === '3:home');
    expect(home1).toMatchObject({ x: 0, y: 0 });
    expect(home3?.x).toBe(290);
    // 90 users fill 90 px (100 minus one gap), so one user is one pixel.
    expect(home1?.height).toBeCloseTo(60);
    expect(search1?.y).toBeCloseTo(70);
  });

  it('stacks links at their ends and draws each as a Bézier path', () => {
    const { links } = layoutSankey(nodes, edges, size);
    expect(links).toHaveLength(3);
    const fromHome = links.find((l) => l.source === '1:home');
    const fromSearch = links.find((l) => l.source === '1:search');
    expect(fromHome?.width).toBeCloseTo(40);
    expect(fromHome?.d).toMatch(/^M10,20 C/);
    // The search band enters the cart node below the home band.
    expect(fromSearch?.d).toMatch(/ 145,45$/);
  });

  it('drops nodes beyond the per-column limit together with their links', () => {
    const many = [
      ...nodes,
      { id: '1:a', step: 1, name: 'a', count: 5 },
      { id: '1:b', step: 1, name: 'b', count: 4 },
    ];
    const layout = layoutSankey(many, [...edges, { source: '1:b', target: '2:cart', count: 4 }], size);
    expect(layout.nodes.map((n) => n.id)).not.toContain('1:b');
    expect(layout.links.some((l) => l.source === '1:b')).toBe(false);
  });
});
