/**
 * A video player's or a picture gallery's control alone on its line: "Replay", "Just watched", "Must watch",
 * "Play video", "View gallery", "Play slideshow", "Back to gallery", "View photos", "Buy photo", "Expand full
 * story", "Bildergalerie", "Voir la galerie". A page sets them where the player or the gallery stands, between
 * the article's paragraphs or under its last; one to three words, they weighed as a short line and the run
 * kept them. media-player-labels.ts (a chrome rule) reads the controls that say more (the read-aloud button,
 * a clip's running time); these are the bare ones, which only a whole line in this list tells apart from a
 * heading ("Gallery" alone is left: a section of the article may be called so).
 * The text path's dev bodies (session 53, at 1225114f) kept 80 of these lines (utomo 71 on 26 pages, body 4,
 * meta 4, aed 1), none of them the truth's; on the snippet set none is in a passage of either kind.
 * Under the first paragraph only, as lone-share-buttons.ts and for its reason: over it the header's rules
 * read the lines.
 * Read by detectMainText (through shared/lone-control-lines.ts) before the run is found.
 */
import type { LoneControl } from '../shared/lone-control-lines.ts';

/** The controls, in the languages of most news on the web. */
const CONTROLS = [
  // English: a video player's, then a gallery's
  'replay', 'just watched', 'must watch', '(?:play|watch) (?:the )?video', 'watch now',
  'view (?:the )?(?:photo )?gallery', '(?:play|view|start) (?:the )?slide ?show', 'back to (?:the )?gallery', 'view (?:all )?photos', 'see all photos',
  'buy (?:this )?photo', 'expand full story',
  // German, French, Spanish, Italian, Portuguese
  'bildergalerie', 'zur (?:bilder)?galerie', 'galerie öffnen', 'diashow starten', 'video abspielen',
  'voir la galerie', 'lire la vidéo', 'ver (?:la )?galería', 'reproducir (?:el )?vídeo', 'guarda il video', 'vai alla gallery', 'ver (?:a )?galeria',
];

const MEDIA_CONTROL = new RegExp(`^(?:${CONTROLS.join('|')})\\s*[:»›]?$`, 'iu');
/** Every control is one to four words: longer lines are not looked at further. */
const MAX_CHARS = 24;

export const MEDIA_CONTROL_WHY = "a video player's or a picture gallery's control alone on its line";

export const LONE_MEDIA_CONTROLS: LoneControl = { line: MEDIA_CONTROL, maxChars: MAX_CHARS, why: MEDIA_CONTROL_WHY };
