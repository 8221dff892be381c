/**
 * The message an embed (/embed/…) sends the page that frames it, with its height, and the few lines
 * that page may add to fit the frame to it (shown with the <iframe> code, EmbedSnippet.astro). One
 * place for the message's name, so the two never disagree.
 */

/** `{ type: EMBED_HEIGHT_MESSAGE, height: <CSS pixels> }`, posted to the framing window. */
export const EMBED_HEIGHT_MESSAGE = 'timeline-embed-height';

/** The frame's height when nothing resizes it (a host with JavaScript off, or without the script). */
export const EMBED_FALLBACK_HEIGHT = 640;

/**
 * The host's listener: a message from the site's own origin, of this type, with a sane height, sets
 * the height of the frame that sent it (and of no other). Plain ES5 so it runs on any page as pasted.
 */
export function embedResizeScript(siteOrigin: string): string {
  return [
    '<script>',
    `addEventListener("message", function (e) {`,
    `  if (e.origin !== ${JSON.stringify(siteOrigin)} || !e.data || e.data.type !== ${JSON.stringify(EMBED_HEIGHT_MESSAGE)}) return;`,
    '  var h = Number(e.data.height), frames = document.getElementsByTagName("iframe");',
    '  if (!(h > 0 && h < 20000)) return;',
    '  for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";',
    '});',
    '</script>',
  ].join('\n');
}
