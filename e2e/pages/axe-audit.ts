import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One rule axe found broken, with how many nodes break it and a few of their selectors. */
export interface AxeFinding {
  rule: string;
  impact: string;
  nodes: number;
  help: string;
  targets: string[];
}

/** What one audit found: the counts per impact and the serious and critical findings in full. */
export interface AxeReport {
  counts: Record<'minor' | 'moderate' | 'serious' | 'critical', number>;
  findings: AxeFinding[];
}

interface AxeResultsLike {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Runs axe-core in the page as it is now: its source is evaluated in the page (through the
 * browser's protocol, so the app's content security policy does not apply), then `axe.run` checks
 * the whole document (or only the elements matching `within`) against axe's default rules (WCAG 2.x
 * A and AA and best practices).
 */
export async function auditPage(page: Page, within?: string): Promise<AxeReport> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const results = (await page.evaluate(async (selector) => {
    const engine = (window as unknown as { axe: { run(ctx: Document | string): Promise<unknown> } }).axe;
    return engine.run(selector ?? document);
  }, within)) as AxeResultsLike;
  const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  const findings: AxeFinding[] = [];
  for (const v of results.violations) {
    const impact = v.impact ?? 'minor';
    if (impact in counts) counts[impact as keyof typeof counts] += v.nodes.length;
    findings.push({
      rule: v.id,
      impact,
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 12).map((n) => n.target.map(String).join(' ')),
    });
  }
  return { counts, findings };
}

/** A one-line summary of a report for the test output: `editor: 0 critical, 0 serious, 2 moderate, 0 minor`. */
export function summarize(name: string, report: AxeReport): string {
  const { critical, serious, moderate, minor } = report.counts;
  const lines = [
    `axe ${name}: ${critical} critical, ${serious} serious, ${moderate} moderate, ${minor} minor`,
  ];
  for (const f of report.findings)
    lines.push(`  ${f.impact} ${f.rule} (${f.nodes}): ${f.help} ${f.targets.join(' | ')}`);
  return lines.join('\n');
}
