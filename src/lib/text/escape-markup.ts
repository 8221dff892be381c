/**
 * Text made safe to write by hand into HTML or XML (the preview card's SVG): as an element's text or
 * as an attribute's value, quoted with " or '. The five characters either reads as markup become
 * references; `&#39;` rather than `&apos;`, which HTML 4 lacks. One escape for every place, so that
 * none is safe in fewer places than another: the card's own left the apostrophe as it was, safe only
 * until a value stands in an attribute quoted with it.
 */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
