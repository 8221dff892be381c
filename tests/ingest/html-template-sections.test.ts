/**
 * An article a page builder cut into sections of one template (lib/html/article/template-sections.ts):
 * a long opening box and then numbered tips, each a box with the same class names, the last ones
 * shorter than joinProseSiblings' 800 characters. Every tip is the article's; a box of another
 * template, a box of links, a box with a form, or one behind an unlike box stays out.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { sameTemplateSections, type SectionSibling } from '../../scripts/ingest/lib/html/article/template-sections.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const BLOCK = 'blk blk-html html-block';
const SPACER = 'blk blk-spacer spacer-block';
// Block, content, row, column, text: the depth a page builder gives every box.
const wrap = (cls: string, inner: string) => `<div class="${cls}"><div class="blk-inner"><div class="row"><div class="col"><div class="rich">${inner}</div></div></div></div></div>`;
const spacer = () => `<div class="${SPACER}"><div class="blk-inner">&nbsp;</div></div>`;
const opening = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>When the workshop reopened after the winter, the carpenters agreed on a plan for batch ${i + 1}, and the owner, who had waited for months, finally saw the shelves, tables and benches take shape. Each piece was sanded twice before it was oiled.</p>`,
).join('');
const tip = (n: number, topic: string) =>
  wrap(BLOCK, `<h2>${n}. Mind the ${topic}</h2><p>Check the ${topic} before every cut, since a small slip there costs a whole board. Keep a note of what went wrong. Over a season the notes show which habit to change first.</p>`);
const page = (rows: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Six habits of a tidy workshop</title></head><body><div class="site"><h1>Six habits of a tidy workshop</h1><div class="page-section"><div class="blocks">${rows}</div></div></div></body></html>`;
const bodyOf = (html: string) => article(html, 'page.html').record.paragraphs.map((p) => p.text).join('\n');

describe('sections of one template after the joined run', () => {
  it('keeps the short tips that follow the opening, spacers between them', () => {
    const rows = [wrap(BLOCK, `<h2>Why habits matter</h2>${opening}`), spacer(), tip(1, 'grain'), spacer(), tip(2, 'blade'), spacer(), tip(3, 'glue'), spacer(), tip(4, 'clamps')];
    const body = bodyOf(page(rows.join('')));
    expect(body).toContain('take shape');
    for (const topic of ['grain', 'blade', 'glue', 'clamps']) expect(body).toContain(`Check the ${topic} before every cut`);
  });

  it('leaves out a box of another template, and a tip of the template behind it', () => {
    const bio = `<div class="author-bio"><div class="blk-inner"><p>Sam Reed builds furniture in a small town. She writes about tools, wood and patience. Her first book came out last year.</p></div></div>`;
    const rows = [wrap(BLOCK, `<h2>Why habits matter</h2>${opening}`), tip(1, 'grain'), bio, tip(2, 'blade')];
    const body = bodyOf(page(rows.join('')));
    expect(body).toContain('Check the grain before every cut');
    expect(body).not.toContain('Sam Reed builds furniture');
    expect(body).not.toContain('Check the blade before every cut');
  });

  it('leaves out a box of the same template that is links or a form', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/habit-${i}">Another habit worth keeping, number ${i + 1}.</a>`).join(' ');
    const form = `<form><label>Your email. We write once a month.</label><p>Sign up for the letter. It is free. Leave whenever you like.</p></form>`;
    const rows = [wrap(BLOCK, `<h2>Why habits matter</h2>${opening}`), tip(1, 'grain'), wrap(BLOCK, `<p>${links}</p>`)];
    const body = bodyOf(page(rows.join('')));
    expect(body).toContain('Check the grain before every cut');
    expect(body).not.toContain('Another habit worth keeping');
    const withForm = bodyOf(page([wrap(BLOCK, `<h2>Why habits matter</h2>${opening}`), tip(1, 'grain'), wrap(BLOCK, form)].join('')));
    expect(withForm).not.toContain('Sign up for the letter');
  });
});

describe('many sections of one template', () => {
  it('joins 400 of them in one pass over the row', () => {
    const tips = Array.from({ length: 400 }, (_, i) => tip(i + 1, `part ${i + 1}`)).join('');
    let body = '';
    const seconds = cpuSeconds(() => (body = bodyOf(page(wrap(BLOCK, `<h2>Why habits matter</h2>${opening}`) + tips))));
    expect(body).toContain('400. Mind the part 400');
    expect(seconds).toBeLessThan(10);
  });
});

describe('sameTemplateSections', () => {
  const s = (className: string, over: Partial<SectionSibling> = {}): SectionSibling => ({ className, chars: 400, sentences: 3, linkDensity: 0, score: 5, hasForm: false, ...over });

  it('continues the run both ways over empty siblings, and stops at the first unlike one', () => {
    const rows = [s('a'), s('x'), s('a'), s('', { chars: 0 }), s('a'), s('a'), s('a', { chars: 0 }), s('a'), s('b'), s('a')];
    const joins = [false, false, false, false, true, false, false, false, false, false];
    expect(sameTemplateSections(rows.length, joins, (i) => rows[i].className, (i) => rows[i])).toEqual([2, 5, 7]);
  });

  it('takes nothing when no joined sibling has a class, or nothing joined', () => {
    const rows = [s(''), s(''), s('')];
    expect(sameTemplateSections(3, [false, true, false], (i) => rows[i].className, (i) => rows[i])).toEqual([]);
    expect(sameTemplateSections(3, [false, false, false], (i) => rows[i].className, (i) => rows[i])).toEqual([]);
  });

  it('wants prose: a score above nothing, two sentences, few links, no form, 150 characters', () => {
    const joined = s('a');
    for (const bad of [{ score: null }, { score: 0 }, { sentences: 1 }, { linkDensity: 0.2 }, { hasForm: true }, { chars: 149 }] as Partial<SectionSibling>[]) {
      const rows = [joined, s('a', bad)];
      expect(sameTemplateSections(2, [true, false], (i) => rows[i].className, (i) => rows[i])).toEqual([]);
    }
  });

  it('asks only of the siblings next to the run', () => {
    const asked: number[] = [];
    const rows = [...Array.from({ length: 1000 }, () => s('z')), s('a'), s('a'), s('q')];
    const joins = rows.map((_, i) => i === 1000);
    sameTemplateSections(rows.length, joins, (i) => rows[i].className, (i) => (asked.push(i), rows[i]));
    expect(Math.max(...asked) - Math.min(...asked)).toBeLessThan(5);
  });
});
