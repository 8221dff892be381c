/**
 * Markup or script text that reached an article's body: tags, script code, and any string a case
 * says only its hidden markup holds. A real page may quote a tag or a line of code in its prose, so
 * a mutated page's counts are judged against the unmutated page's (the runner does that).
 */

/** Tags of elements a page's body is built of, as they would appear if markup leaked. */
const TAG = /<\/?(?:div|span|script|style|p|a|img|meta|link|br|iframe|table|tbody|td|tr|li|ul|ol|head|body|html|noscript|svg|section|article|header|footer|nav|form|input|button|h[1-6])(?:\s[^<>]{0,300})?\/?>/gi;
/** What script code looks like in text: calls and statements no article prose is made of. */
const CODE = /\bfunction\s*\(|\bdocument\.\w|\bwindow\.\w|\bvar \w+\s*=|\}\)\(|\}\);|=>\s*\{|\bdataLayer\b|!important\b|\{\s*[\w-]+\s*:\s*[^;{}]{1,80};/g;

export interface Leaks {
  tags: number;
  code: number;
  hidden: string[];
  /** A few of the leaking bits, for the report. */
  samples: string[];
}

export function findLeaks(paragraphs: string[], hidden: string[] = []): Leaks {
  const leaks: Leaks = { tags: 0, code: 0, hidden: [], samples: [] };
  for (const text of paragraphs) {
    for (const [re, key] of [[TAG, 'tags'], [CODE, 'code']] as const) {
      for (const m of text.matchAll(re)) {
        leaks[key]++;
        if (leaks.samples.length < 5) leaks.samples.push(text.slice(Math.max(0, m.index - 40), m.index + 80));
      }
    }
    for (const h of hidden) if (text.includes(h) && !leaks.hidden.includes(h)) leaks.hidden.push(h);
  }
  return leaks;
}
