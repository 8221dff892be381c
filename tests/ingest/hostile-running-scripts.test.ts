/**
 * Which of a page's scripts a browser runs (lib/html/read/running-scripts.ts), attacked where the
 * first reading cut corners: a `<template>` inside a `<template>` (the inner one's end tag closed the
 * outer one), a `<script>` inside `<math>` (no script there: an unknown element) or inside `<svg>`
 * (its text is parsed as markup there, so what runs is not the raw text), a comment or a CDATA
 * section that `<style>` or `<title>` only seemed to close inside `<svg>`, a `<script>` inside an
 * attribute's value, a bogus comment (`<!x …>`, `<?x …>`) and an end tag that is none (`</script1>`).
 * A push a browser never runs holds no article the reader saw: read as the page's stream, its text
 * became the body. Every fixture is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { runningScriptBodies } from '../../scripts/ingest/lib/html/read/running-scripts.ts';
import { nextStreamPayload } from '../../scripts/ingest/lib/html/read/next-stream.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const PUSH = '<script>self.__next_f.push([1,"2:T5,hello"])</script>';
/** The scripts' bodies found in `html`, as text. */
const bodies = (html: string) => [...runningScriptBodies(html)].map(([s, e]) => html.slice(s, e));
/** The stream's text read from `html`: the push's string when its script runs, else nothing. */
const streamOf = (html: string) => nextStreamPayload(html).text;

describe('scripts a browser never runs', () => {
  it.each([
    ['a template inside a template', `<template><template></template>${PUSH}</template>`],
    ['templates three deep, in any case', `<TEMPLATE><template><Template ></template ></template>${PUSH}</TEMPLATE>`],
    ['a script inside <math>', `<math><mrow>${PUSH}</mrow></math>`],
    ['a script inside <svg>, its text markup there', `<svg viewBox="0 0 1 1"><script>self.__next_f.push([1,"2:T5,<b>hi</b>"])</script></svg>`],
    ['a comment that <style> seemed to close inside <svg>', `<svg><style><!--</style>${PUSH}--></style></svg>`],
    ['a comment that <textarea> seemed to close inside <svg>', `<svg><g><textarea><!--</textarea>${PUSH}--></g></svg>`],
    ['a CDATA section inside <svg> holding its end tag', `<svg><![CDATA[</svg>]]>${PUSH.replace('<script>', '<script type="text/x">')}</svg><math><![CDATA[</math>]]>${PUSH}</math>`],
    ['a script in an attribute value', `<div title="<script>" data-x='${PUSH}'></div><img alt="${PUSH.replace(/"/g, "'")}">`],
    ['a script in a bogus comment', `<!x ${PUSH.replace('>', ' ')}> <?php ${PUSH.replace('</script>', '')} ?>`],
    ['a script inside a data block whose end tag is no end tag', `<script type="application/json">[1]</script1>${PUSH}`],
    ['a script inside a template inside an svg inside a template', `<template><svg><foreignObject>${PUSH}</foreignObject></svg></template>`],
    ["a script in an svg's link (its end tag closes the link, not the svg)", `<svg><a href="#x"><path/></a><script>self.__next_f.push([1,"2:T5,<b>hi</b>"])</script></svg>`],
  ])('reads no push in %s', (_, html) => {
    expect(streamOf(html), bodies(html).join(' | ')).toBe('');
  });

  it.each([
    ['after an svg and a math closed', `<svg><g><path d="M0 0"/></g></svg><math><mi>x</mi></math>${PUSH}`],
    ['after a self-closed <svg/>', `<svg/>${PUSH}`],
    ['in an svg left by a paragraph (the parser leaves foreign content there)', `<svg><g><p>text</p>${PUSH}`],
    ['in an svg foreignObject and a math token element (HTML inside)', `<svg><foreignObject>${PUSH}</foreignObject></svg>`],
    ['in a math text element', `<math><mtext>${PUSH}</mtext></math>`],
    ['in an svg script of plain text (it runs as written)', `<svg><script>self.__next_f.push([1,"2:T5,hello"])</script></svg>`],
    ['after a template closed', `<template><template></template></template>${PUSH}`],
    ["after a math left open, closed by its HTML parent's end tag", `<div><span><math><mrow><mi>x</mi></span></div>${PUSH}`],
    ['after a tag whose attribute holds ">" and a script end tag with attributes', `<div title="a > b" data-y='<'>${PUSH.replace('</script>', '</script foo=">">')}`],
  ])('still reads a push %s', (_, html) => {
    expect(streamOf(html), bodies(html).join(' | ')).toBe('2:T5,hello');
  });

  it('stays linear: deep templates, svgs and maths, end tags that match none, attributes left open', () => {
    // Fails if each end tag looked down the whole stack of open elements (quadratic here).
    const n = 50_000;
    const pages = [
      '<template>'.repeat(n) + PUSH + '</template>'.repeat(n) + PUSH,
      '<svg>'.repeat(n) + '</g>'.repeat(n) + '</svg>'.repeat(n) + PUSH,
      '<math><mi>'.repeat(n) + '</mo>'.repeat(n) + '<template>' + '</svg>'.repeat(n) + '</template>' + PUSH,
      '<div a="'.repeat(n) + '">' + PUSH,
      `<svg>${'<![CDATA['.repeat(n)}`,
      `<p title="${'<b x=\'>'.repeat(n)}${PUSH}`,
    ];
    let found: number[] = [];
    expect(cpuSeconds(() => (found = pages.map((p) => bodies(p).length)))).toBeLessThan(5);
    // The fourth's quotes pair up (the tag ends at its last '>'); the last one's never closes.
    expect(found).toEqual([1, 1, 1, 1, 0, 0]);
  });
});
