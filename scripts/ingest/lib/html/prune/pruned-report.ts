/** What the prune pass's budgets left unbuilt or unread, and the ruby readings it left out, reported (stages/html.ts, and the page a Next.js stream holds). */
import type { Report } from '../../../report.ts';
import type { prunePage } from './html-prune.ts';
import { MAX_ELEMENTS } from './html-dom.ts';
import { MAX_NESTED_TEXT, MAX_PAGE_TEXT_CHARS } from './text-budget.ts';

/** What of a page far larger than any article was not built (lib/html/prune/html-dom.ts MAX_ELEMENTS, lib/html/prune/text-budget.ts). */
type Pruned = ReturnType<typeof prunePage>;
export function reportPruned(unbuilt: Pruned['unbuilt'], rubyReadings: Pruned['rubyReadings'], report: Report): void {
  if (unbuilt.elements) report.add('html', 'element-cap', 'changed', undefined, `${unbuilt.elements} element(s) after the first ${MAX_ELEMENTS.toLocaleString('en')} not built: their text read as their parent's`);
  if (unbuilt.chars) {
    const cap = unbuilt.byNesting ? `${MAX_NESTED_TEXT.toLocaleString('en')} characters × the elements open around each` : MAX_PAGE_TEXT_CHARS.toLocaleString('en');
    report.add('html', 'text-cap', 'removed', undefined, `${unbuilt.chars} characters of text after the first ${cap} not read`);
  }
  if (rubyReadings.count) {
    const examples = rubyReadings.examples.map((e) => `“${e.trim()}”`).join(', ');
    report.add('html', 'ruby-readings', 'removed', rubyReadings.examples.join(' '), `${rubyReadings.count} ruby readings (${examples}${rubyReadings.count > rubyReadings.examples.length ? ', …' : ''}) left out: glosses shown above their base text, which is kept; the page gives them no <rp> brackets to be read in the line`);
  }
}
