/**
 * Readability's answer when it is a small form of the page: a consent notice, a comment form, a
 * log-in box. Readability scores boxes by their text; on a page whose article is short (a podcast's
 * note, a post of three sentences) a form's wording can outscore it, and Readability takes the form.
 * The prune pass already dropped the form's controls (lib/html/prune/html-prune.ts), so what is left
 * to tell it by is the <form> box itself. An article is not written inside a small form (a whole page
 * wrapped in one, as some page builders do, is not small), so when most of the answer's text is one
 * small form's, the page is read again without its small forms (stages/html.ts), each reported. A
 * form that holds the page's <h1> holds what the page is about (a shop's product and its description
 * inside the form that orders it): it is no box beside the article.
 */
import { upperCaseTag } from '../prune/tag-name-case.ts';
import { singleSpaced } from './html-blocks.ts';
import { someInTree } from './some-in-tree.ts';

/** A form with less text than this is a box of the page, not a page wrapped in a form. */
const SMALL_FORM_CHARS = 2000;
/** Share of the answer's text inside small forms from which the answer is the form. */
const FORM_SHARE = 0.5;

export interface FormNode {
  nodeName: string;
  textContent: string | null;
  parentNode: FormNode | null;
  children: ArrayLike<FormNode>;
  removeChild?(child: FormNode): unknown;
}

const norm = (text: string) => singleSpaced(text).trim();
const holdsH1 = (form: FormNode) => someInTree(form, (e) => upperCaseTag(e.nodeName) === 'H1');

/** The page's small forms, outermost only, with their text (whitespace normalised). */
export function smallForms(root: FormNode): { element: FormNode; text: string }[] {
  const found: { element: FormNode; text: string }[] = [];
  const walk = (e: FormNode) => {
    if (upperCaseTag(e.nodeName) === 'FORM') {
      const text = norm(e.textContent ?? '');
      if (text.length < SMALL_FORM_CHARS && !holdsH1(e)) found.push({ element: e, text });
      return;
    }
    for (let i = 0; i < e.children.length; i++) walk(e.children[i]);
  };
  walk(root);
  return found;
}

/**
 * A form's answer is a few lines: an answer of more blocks is not looked at, so a hostile page of
 * thousands of cells beside thousands of forms costs one search of the forms' text a block, for a few.
 */
const MAX_ANSWER_BLOCKS = 50;

/** Whether most of the answer's text (its blocks') stands inside the page's small forms. */
export function answerIsSmallForm(answerTexts: readonly string[], page: FormNode): boolean {
  if (answerTexts.length > MAX_ANSWER_BLOCKS) return false;
  // One text for all forms, each apart: a block matches across two forms only if it holds a NUL itself.
  const forms = smallForms(page)
    .map((f) => f.text)
    .filter(Boolean)
    .join('\u0000');
  if (!forms) return false;
  let chars = 0;
  let inForms = 0;
  for (const raw of answerTexts) {
    const text = norm(raw);
    chars += text.length;
    if (text && forms.includes(text)) inForms += text.length;
  }
  return chars > 0 && inForms >= FORM_SHARE * chars;
}

/** Takes the page's small forms out of it; their texts, for the report. */
export function dropSmallForms(page: FormNode): string[] {
  const dropped: string[] = [];
  for (const { element, text } of smallForms(page)) {
    element.parentNode?.removeChild?.(element);
    if (text) dropped.push(text);
  }
  return dropped;
}
