/**
 * Where a page's scripts that a browser would run hold their code, found in its raw text: the content
 * of each `<script>` element outside comments and outside elements whose content is text or inert
 * (`<noscript>` as read with scripting on, `<template>`, `<textarea>`, `<title>`, `<style>`, …). A
 * `self.__next_f.push(…)` in a comment, a `<noscript>` or a `<textarea>` never ran, and is hidden from
 * the reader: read as the page's streamed data (next-stream.ts), its text became the article's body.
 * So does a script whose type is no script's (`text/template`, `application/json`): a data block.
 *
 * One pass with plain searches, each from where the last one stopped, so the reading is linear in the
 * page however its tags are cut or left open; an element left open runs to the page's end (as the
 * parser reads it), a comment left open too.
 */

/** Elements whose content is no markup a browser runs: a script inside is text, or never runs. */
const INERT = ['script', 'noscript', 'template', 'textarea', 'title', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'];
/** The longest of them, with the character after it: how far a tag's name is read. */
const NAME_CHARS = 10;

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** A script's type, as its tag gives it (the attributes after its name). */
const TYPE = /(?:^|\s)type\s*=\s*["']?([^"'\s>]*)/i;
/** Types a browser runs as a script (the classic JavaScript types and modules); data blocks and templates are never run. */
const RUN_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:javascript|ecmascript|jscript|livescript)(?:1\.\d)?)$/i;
const runs = (attributes: string) => RUN_TYPE.test(TYPE.exec(attributes)?.[1] ?? '');

/** The end of a comment opened at `at` (`<!--`), or the text's end: `<!-->` and `<!--->` end at once. */
function commentEnd(text: string, at: number): number {
  if (text.startsWith('>', at + 4)) return at + 5;
  if (text.startsWith('->', at + 4)) return at + 6;
  const end = text.indexOf('-->', at + 4);
  return end === -1 ? text.length : end + 3;
}

/** The index of `</name` (any case) from `from`, or -1. */
function endTagAt(text: string, name: string, from: number): number {
  for (let at = text.indexOf('</', from); at !== -1; at = text.indexOf('</', at + 2)) {
    if (text.slice(at + 2, at + 2 + name.length).toLowerCase() === name && !isLetter(text.charCodeAt(at + 2 + name.length))) return at;
  }
  return -1;
}

/** Each script's content that would run, as [start, end) of `text`, in the page's order. */
export function* runningScriptBodies(text: string): Generator<[number, number]> {
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt === -1) return;
    if (text.startsWith('<!--', lt)) {
      at = commentEnd(text, lt);
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < text.length && nameEnd - lt <= NAME_CHARS && isLetter(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(lt + 1, nameEnd).toLowerCase();
    if (!INERT.includes(name)) {
      at = lt + 1;
      continue;
    }
    const open = text.indexOf('>', nameEnd);
    if (open === -1) return;
    const close = name === 'plaintext' ? -1 : endTagAt(text, name, open + 1);
    const end = close === -1 ? text.length : close;
    if (name === 'script' && runs(text.slice(nameEnd, open))) yield [open + 1, end];
    at = close === -1 ? text.length : close + 2;
  }
}
