/**
 * A short post beside a form with more words than it (a consent notice, a comment form): Readability
 * takes the form for the article. The page is read again without its small forms
 * (lib/html/article/form-answer.ts, stages/html.ts), each form reported; a form holding a product's
 * paragraphs, or the whole page wrapped in one, stays the article.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../scripts/ingest/stages/html.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { answerIsSmallForm, dropSmallForms, smallForms, type FormNode } from '../../scripts/ingest/lib/html/article/form-answer.ts';
import { cpuSeconds } from './cpu-seconds.ts';

function read(html: string) {
  const report = new Report('page.html');
  const out = readHtml(new TextEncoder().encode(html), report);
  return { text: out.units.map((u) => u.text).join('\n'), report: report.entries };
}

const notice =
  '<div class="widget"><div id="notice-box"><form method="post"><input type="submit" value="Close and accept">' +
  'Privacy and cookies: this website uses cookies. By continuing to use this website, you agree to their use, to the storing of them on your device and to the reading of them on each of your visits. <br>' +
  'To find out more, including how to control cookies, see here: our cookie policy, which explains what each of them does and for how long it is kept.</form></div></div>';
const commentForm =
  '<div id="respond"><form action="/post-comment" method="post"><p>Leave a reply. Your e-mail address will never be published, and the fields marked with a star must be filled in before you send it.</p>' +
  '<p><label>Comment</label><textarea name="c"></textarea></p><p><label>Name (required), as it will be shown above your comment to every reader of the page</label><input name="n"></p></form></div>';
const post = '<div class="post"><div class="entry"><p>Snow came early to the valley this week.</p><p>The ferry kept to its timetable all the same.</p></div></div>';
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Early snow</title></head><body>${body}</body></html>`;

describe("Readability's answer that is a small form", () => {
  it('reads a short post again without the consent notice Readability took, reporting the notice', () => {
    const { text, report } = read(page(`${post}${notice}`));
    expect(text).toContain('Snow came early to the valley this week.');
    expect(text).not.toContain('this website uses cookies');
    expect(report.some((e) => e.rule === 'form-answer' && e.action === 'changed')).toBe(true);
    expect(report.some((e) => e.rule === 'form-answer' && e.action === 'removed' && e.text?.includes('this website uses cookies'))).toBe(true);
  });

  it('drops every small form on the second reading: a comment form does not take the notice\'s place', () => {
    const { text } = read(page(`${post}${commentForm}${notice}`));
    expect(text).toContain('The ferry kept to its timetable all the same.');
    expect(text).not.toContain('Leave a reply');
    expect(text).not.toContain('uses cookies');
  });

  it('reads the post again when the form Readability took is all furniture (a comment form named so)', () => {
    const namedForm =
      '<div id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Write a comment</h3>' +
      '<form id="commentform" method="post"><div class="comment-form-field"><label>Type your comment here, and it will be shown under the post once it has been read by us ...</label><textarea></textarea></div>' +
      '<div class="comment-form-fields"><p>E-mail (required; it is never published, nor shared with anybody else)</p><p>Name (required, as it will be shown)</p><p>Website</p></div>' +
      '<div class="comment-form-padder"><p>You are commenting with your account of this blog. (Log out / Change)</p><p>You are commenting with your account of a search engine. (Log out / Change)</p></div></form></div></div>';
    const { text, report } = read(page(`${post}${namedForm}`));
    expect(text).toContain('Snow came early to the valley this week.');
    expect(text).not.toContain('You are commenting with');
    expect(report.some((e) => e.rule === 'form-answer' && e.action === 'removed' && e.text?.includes('You are commenting with'))).toBe(true);
  });

  it('leaves a page wrapped in one large form as it was', () => {
    const long = Array.from({ length: 14 }, (_, i) => `<p>Paragraph ${i}: the harbour board met on Tuesday and agreed, after a long debate, to rebuild the old pier before the summer season begins.</p>`).join('');
    const { text, report } = read(page(`<form id="page-form" method="post"><div class="article">${long}</div></form>`));
    expect(text).toContain('Paragraph 13: the harbour board met');
    expect(report.some((e) => e.rule === 'form-answer')).toBe(false);
  });

  it('leaves a form of prose paragraphs (a product described inside its order form) as the article', () => {
    const described = Array.from({ length: 4 }, (_, i) => `<p>Detail ${i}: a thick blanket of two layers, soft on both sides, embroidered with a name of your choice and washable at forty degrees.</p>`).join('');
    const { text, report } = read(page(`<h1>Blanket with a name</h1><form class="order" method="post">${described}<input type="submit" value="Add"></form>${notice.replace('<form', '<form class="x"')}`));
    expect(text).toContain('Detail 3: a thick blanket');
    expect(report.some((e) => e.rule === 'form-answer')).toBe(false);
  });
});

/** A tiny tree for the helpers: an element with children, or a text. */
function el(name: string, children: (FormNode | string)[] = []): FormNode {
  const kids: FormNode[] = children.map((c) => (typeof c === 'string' ? { nodeName: '#text', textContent: c, parentNode: null, children: [] } : c));
  const node: FormNode = {
    nodeName: name,
    get textContent() {
      return kids.map((k) => k.textContent ?? '').join('');
    },
    parentNode: null,
    children: kids.filter((k) => k.nodeName !== '#text') as FormNode[],
    removeChild(child: FormNode) {
      kids.splice(kids.indexOf(child), 1);
      (node.children as FormNode[]).splice((node.children as FormNode[]).indexOf(child), 1);
    },
  };
  for (const k of kids) k.parentNode = node;
  return node;
}

describe('form-answer helpers', () => {
  it('finds small forms, not one that holds the <h1> nor a large one, and drops them', () => {
    const small = el('FORM', ['Accept cookies to go on']);
    const withH1 = el('FORM', [el('H1', ['A headline'])]);
    const large = el('FORM', ['x'.repeat(2500)]);
    const root = el('BODY', [el('DIV', [small]), withH1, large, el('P', ['Article text here.'])]);
    expect(smallForms(root).map((f) => f.text)).toEqual(['Accept cookies to go on']);
    expect(answerIsSmallForm(['Accept cookies to go on'], root)).toBe(true);
    expect(answerIsSmallForm(['Accept cookies to go on', 'Article text here, which is the longer of the two.'], root)).toBe(false);
    expect(dropSmallForms(root)).toEqual(['Accept cookies to go on']);
    expect(smallForms(root)).toEqual([]);
    expect(answerIsSmallForm(['Accept cookies to go on'], root)).toBe(false);
  });
});

describe('form-answer on a hostile page', () => {
  it('reads a page of thousands of small forms beside a table answer in time', () => {
    const forms = Array.from({ length: 3000 }, (_, i) => `<form><label>Field ${i}</label></form>`).join('');
    const cells = Array.from({ length: 3000 }, (_, i) => `<tr><td>Cell ${i}</td><td>Value ${i}</td></tr>`).join('');
    let text = '';
    const seconds = cpuSeconds(() => ({ text } = read(page(`${forms}<table>${cells}</table>`))));
    expect(text.length).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(10);
  });
});
