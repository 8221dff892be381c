/**
 * One escape for the markup the site writes by hand (src/lib/text/escape-markup.ts): the preview card's
 * SVG, the HTML TimelineJS puts into its page, the briefing's PDF link. They had two (the card's left
 * the apostrophe as it was, which is safe only outside an attribute quoted with it). The same text must
 * come back from an HTML and an XML parser, in an element and in an attribute quoted either way.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { DOMParser } from 'linkedom';
import { escapeMarkup } from '../../src/lib/text/escape-markup.ts';
import { cardSvg } from '../../src/lib/cards/card-svg.ts';

const NASTY = `Tom's "A & B" <script>x</script> 'q'`;

describe('escapeMarkup', () => {
  it('turns the five characters markup reads into references, and nothing else', () => {
    expect(escapeMarkup(NASTY)).toBe('Tom&#39;s &quot;A &amp; B&quot; &lt;script&gt;x&lt;/script&gt; &#39;q&#39;');
    expect(escapeMarkup('Zhōngguó – 中国 …')).toBe('Zhōngguó – 中国 …');
  });

  it('gives the text back in HTML, in an element and in attributes quoted with " or \'', () => {
    const e = escapeMarkup(NASTY);
    const doc = parseDocument(`<p title="${e}" data-x='${e}'>${e}</p>`);
    const p = doc.children[0] as unknown as { attribs: Record<string, string>; children: { data: string }[] };
    expect(p.attribs).toEqual({ title: NASTY, 'data-x': NASTY });
    expect(p.children.map((c) => c.data).join('')).toBe(NASTY);
  });

  it('gives the text back in XML (an SVG), where &#39; is as valid as in HTML', () => {
    const e = escapeMarkup(NASTY);
    const svg = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg"><text class='${e}'>${e}</text></svg>`, 'image/svg+xml');
    const text = svg.querySelector('text')!;
    expect(text.textContent).toBe(NASTY);
    expect(text.getAttribute('class')).toBe(NASTY);
  });

  it('is what the card uses: an apostrophe in a title is escaped as in every other place', () => {
    expect(cardSvg({ siteName: "China's", title: "It's here" })).toContain('It&#39;s here');
  });
});
