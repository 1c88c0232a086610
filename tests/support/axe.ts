import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.0–2.2 levels A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** What axe found: one line per violating node, and how many rules passed (so an empty run is noticed). */
export interface AxeFindings {
  violations: string[];
  rulesPassed: number;
}

/**
 * Runs axe-core on the page as it is now.
 * The page's context must be opened with `bypassCSP: true`, or the page's CSP blocks the injected script.
 */
export async function runAxe(page: Page): Promise<AxeFindings> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, AXE_TAGS);
  return {
    violations: results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    ),
    rulesPassed: results.passes.length,
  };
}
