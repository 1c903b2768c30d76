/** WCAG relative luminance of a `#rrggbb` colour (NaN for anything else). */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return NaN;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => {
    const v = parseInt(part ?? '0', 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

function darken(hex: string, amount: number): string {
  const parts = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - amount)));
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * White text on a user-chosen colour, darkened just enough for a 4.5 : 1 contrast (WCAG AA for
 * small text), so initials on a bright persona colour stay readable. A colour that is not `#rrggbb`
 * comes back unchanged.
 */
export function readableOnWhiteText(background: string): string {
  if (Number.isNaN(luminance(background))) return background;
  let shade = background.toLowerCase();
  for (let step = 1; contrastRatio(shade, '#ffffff') < 4.5 && step <= 20; step++) {
    shade = darken(background, step * 0.05);
  }
  return shade;
}
