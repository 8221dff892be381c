/**
 * Where a page's <head> ends when no `</head>` or `<body>` says so. A browser's parser (the HTML
 * standard's "in head" insertion mode) ends the head at the first start tag that has no place in it:
 * a `<div>`, an `<h1>`, a `<p>` opens the body, and everything after it is shown. A page that never
 * writes `</head>` nor `<body>` (an old page whose head runs straight into its masthead's markup, a
 * toolbar an archive spliced in) would otherwise read as all head: nothing shown, no article, no headline.
 *
 * The elements the standard lets stand in the head. A `<noscript>` is one, and what it holds is its
 * own text to a browser running scripts (the prune pass drops it with its content, so its inner tags
 * are never asked here).
 */
const HEAD_ELEMENTS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template', 'head']);

/** Whether a start tag read inside an open <head> ends it (the body starts with this element). */
export function startTagEndsHead(name: string): boolean {
  return !HEAD_ELEMENTS.has(name);
}
