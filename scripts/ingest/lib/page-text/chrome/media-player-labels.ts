/**
 * The controls and notes of an audio or video player set inside an article, each alone on its line:
 * "Artikel anhören", "Audio starten, abbrechen mit Escape", a clip's running time and how long it
 * stays online ("02:57 Min.. Verfügbar bis 06.05.2024."), the note that the read-aloud version was
 * made by a machine ("Diese Audioversion wurde künstlich generiert. …", "Ljuduppspelningen är
 * AI-genererad."), the playback speed ("1.0x"), and a video box's label run on to its clip's title
 * ("WATCH | …") with the clip's running time ("Duration 1:30"). Words per language; no site's name.
 */
export const MEDIA_PLAYER = new RegExp(
  [
    // The button that reads the article aloud.
    String.raw`^(?:(?:den )?artikel\s+)?(?:anhören|vorlesen)$`,
    String.raw`^artikel zum hören\b.{0,20}$`,
    String.raw`^audio (?:starten|abspielen)\b.{0,40}$`,
    // A clip's running time, and how long it may be played.
    String.raw`^(?=.{0,120}$).*\b\d{1,2}:\d{2}\s*min\.\.?\s+verfügbar bis\b.*$`,
    String.raw`^(?=.{0,60}$)(?:\p{L}+\.\s+)?laufzeit \d+ minuten?(?: (?:und )?\d+ sekunden?)?\.?$`,
    // The read-aloud version is a machine's: the note says so.
    String.raw`^(?=.{0,200}$)(?:diese audioversion wurde künstlich (?:generiert|erzeugt)|ljuduppspelningen är ai-genererad)\b.*$`,
    // The player's speed.
    String.raw`^\d(?:[.,]\d{1,2})?x$`,
    // A video box's label run on to the clip's title with a bar ("WATCH | …", "Video | …"): a headline's bar parts
    // the site's name, never this word.
    String.raw`^(?:watch|video|vidéo|vídeo)\s*\|\s*\S.{0,150}$`,
    // The clip's running time under its title ("Duration 1:30", "Dauer: 12:38").
    String.raw`^(?:duration|dauer|durée|durata|duración|duração|varighet|längd)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$`,
  ].join('|'),
  'iu',
);
/** Every line MEDIA_PLAYER matches has one of these: most lines are not looked at further. */
export const MEDIA_PLAYER_MAY_MATCH = /anhören|vorlesen|hören|audio|verfügbar|laufzeit|ai-genererad|^\d(?:[.,]\d{1,2})?x$|^(?:watch|vid[eéí]o)\s*\||:\d{2}$/i;
