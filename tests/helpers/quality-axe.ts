/**
 * axe-core in a page. The script is installed with the DevTools protocol (an init script of the
 * browser context) rather than added as a <script> element, so the page's Content-Security-Policy
 * (no inline scripts) stays in force while axe runs.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Make axe available in every page the context opens from now on. */
export const installAxe = (context: BrowserContext) => context.addInitScript({ path: axePath });

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The rules whose outcome depends on colours: all that can change with the colour scheme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Violations of impact serious or critical (the ones a reader is blocked by), optionally of some rules only. */
export async function seriousViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe is not in this page: installAxe(context) before opening it');
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], ...(only ? { runOnly: only } : {}) });
    return result.violations.map((v) => ({
      id: v.id as string,
      impact: v.impact as string | null,
      help: v.help as string,
      targets: (v.nodes as { target: string[] }[]).slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, rules ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join(', ')}`).join('\n');
