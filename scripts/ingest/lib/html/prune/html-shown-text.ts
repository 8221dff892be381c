/**
 * A saved page's text as a reader sees it, one line per block, as a browser's innerText gives it (what
 * a text seed holds): for the text path's readers to look at a page whose fields say nothing (the date
 * line under its headline, stages/html-shown-date.ts). Unlike the prune pass (lib/html/prune/html-prune.ts),
 * nothing shown is dropped: navigation, asides and footers are part of what a reader sees, and a page's
 * date line often stands in one ("<aside><p>May 25, 2023</p>", "<footer class=author-meta>").
 *
 * Not shown, as a browser shows none of it: scripts, styles, the head, templates, embedded objects and
 * form controls, and elements hidden by an attribute, an inline style or a hiding utility class
 * (hiddenElement, the prune pass's own test). Only text leaves: no markup, no attribute.
 */
import { KeptAttributesParser } from './html-parser.ts';
import { ScriptDataTokenizer } from './script-data-tokenizer.ts';
import { hiddenElement } from './html-prune.ts';
import { startsBlock } from '../article/html-blocks.ts';
import { MAX_LINES, MAX_TEXT_CHARS } from '../../safety/limits.ts';
import { TextBudget } from './text-budget.ts';
import { MAX_ELEMENTS } from './html-dom.ts';
import { upperCaseParsedTag } from './tag-name-case.ts';
import { startTagEndsHead } from './head-ends.ts';

/** Elements whose content no reader sees as text. */
const NOT_SHOWN = new Set(['title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'noembed', 'noframes', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'audio', 'video', 'map']);
/** The attributes hiddenElement reads: the only ones the parser need hand over. */
const READ_ATTRIBUTES = new Set(['hidden', 'class', 'aria-hidden', 'style']);
const CELLS = new Set(['td', 'th']);
/**
 * How much of the page's text is read, its whitespace counted: a quarter of what a text seed may hold
 * (MAX_TEXT_CHARS), as the readers look for the header's date line, near the top, and need only as
 * much of the article after it as tells where it starts (the largest benchmark page's whole body text,
 * its styles' and its dropped boxes' included, is 481,436 characters). A page of one 30 MB paragraph is
 * not read whole a second time.
 */
const SHOWN_TEXT_CHARS = MAX_TEXT_CHARS / 4;
/** The parser is given the page in pieces of this size, so that it stops soon after the text read is enough. */
const WRITE_CHARS = 1 << 16;

/**
 * The page's shown text, its blocks on lines of their own, each line single-spaced and trimmed, empty
 * lines left out; a table's cells on one line, set apart by a tab (as innerText gives them). At most
 * SHOWN_TEXT_CHARS characters, MAX_LINES lines and MAX_ELEMENTS elements (as many as the page's DOM
 * builds: a page of a million empty <div>s is not walked whole again): the header of a page is in its
 * first part.
 */
export function shownText(pieces: readonly string[]): string {
  const lines: string[] = [];
  let line: string[] = [];
  const budget = new TextBudget(SHOWN_TEXT_CHARS);
  // Depth inside an element whose content is not shown (0: shown).
  let unseen = 0;
  // Inside the <head>, whose own elements show nothing. A page that never closes it (no `</head>`, no
  // `<body>`) has it end, as a browser's parser does, at the first start tag a head cannot hold
  // (lib/html/prune/head-ends.ts, the prune pass's rule): read as all head, its text was none.
  let inHead = false;
  let full = false;
  let elements = 0;
  const endLine = () => {
    if (line.length === 0) return;
    const text = line.join('').replace(/\s+/g, ' ').trim();
    line = [];
    if (text) lines.push(text);
    if (lines.length >= MAX_LINES) full = true;
  };
  const parser = new KeptAttributesParser(
    {
      onopentag(name, attribs) {
        // A <head> left open (no end tag before <body>) hides nothing of the body.
        if (name === 'body') {
          unseen = 0;
          inHead = false;
        }
        if (++elements >= MAX_ELEMENTS) full = true;
        if (unseen > 0) return void unseen++;
        if (name === 'head') return void (inHead = true);
        if (inHead && startTagEndsHead(name)) inHead = false;
        if (NOT_SHOWN.has(name) || hiddenElement(attribs)) return void (unseen = 1);
        if (CELLS.has(name)) line.push('\t');
        else if (startsBlock(upperCaseParsedTag(name))) endLine();
      },
      ontext(text) {
        if (unseen > 0 || inHead || full) return;
        line.push(budget.take(text));
        if (budget.unread > 0) full = true;
      },
      onclosetag(name) {
        if (unseen > 0) return void unseen--;
        if (name === 'head') return void (inHead = false);
        if (!CELLS.has(name) && startsBlock(upperCaseParsedTag(name))) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: ScriptDataTokenizer },
    READ_ATTRIBUTES,
  );
  for (const piece of pieces) {
    for (let at = 0; at < piece.length && !full; at += WRITE_CHARS) parser.write(piece.slice(at, at + WRITE_CHARS));
    if (full) break;
  }
  parser.end();
  endLine();
  return lines.join('\n');
}
