/**
 * The widgets a page sets under its article for the reader to act on, in English and the languages
 * of most news on the web: a question about the article ("Was this article helpful?", "War der Artikel
 * nützlich?"), a prompt to rate it ("Rate this article", "Valora esta noticia") and the rating's scale
 * (a row of stars, "4.2/5 (17 votes)"), a note that the reader must log in to comment or is not logged
 * in ("Log in to comment", "Sie sind aktuell nicht eingeloggt."), a note that the comments are closed
 * ("Kommentare geschlossen"), and the comment section's bare labels ("Kommentieren", "Kommentare
 * insgesamt: 3"). Read by the text path (chrome rule `reader-widget`) and the HTML path
 * (lib/html/furniture/html-furniture.ts) alike.
 *
 * Structure first: every one is a short line alone (at most 160 characters), and a question ends on its
 * question mark; then words: the question names the article and a verdict on it, each prompt the act
 * it asks for. An article's sentence about ratings or logins goes on past them ("…rate the article
 * highly, the editor said.") and is none. Each alternative is words in a fixed order, tried once from
 * the line's start.
 */

/** The line is short: a widget's label, never a paragraph. */
const SHORT = String.raw`(?=[^]{1,160}$)`;

/** A question to the reader about the article (or the site) it closes, in its question mark. */
const QUESTION_ALTERNATIVES = [
  // English: "Was this article helpful?", "Did you find this story useful?", "How helpful was this article?", "Did you enjoy this post?"
  String.raw`(?:was|is|did you find|do you find|have you found) (?:this|the) (?:article|story|post|page|guide|information|content|answer)(?: (?:helpful|useful|interesting|informative))?(?: to you)?`,
  String.raw`was this (?:helpful|useful|informative)`,
  String.raw`how (?:helpful|useful|interesting) (?:was|is|did you find) (?:this|the) (?:article|story|post|page|guide|information|content)`,
  String.raw`did you (?:like|enjoy) (?:this|the|our) (?:article|story|post|guide|content)`,
  String.raw`did (?:this|the) (?:article|story|post|guide) help(?: you)?`,
  // German: "War der Artikel nützlich?", "Fanden Sie diesen Artikel hilfreich?", "Hat Ihnen der Beitrag gefallen?", "Gefällt dir unser Magazin?" (the site's own: "Gefällt Ihnen der Neue?" may be a headline)
  String.raw`(?:war|ist) (?:der|dieser|dieses|das) (?:artikel|beitrag|text|inhalt)(?: für (?:sie|dich))? (?:hilfreich|nützlich|interessant|informativ|lesenswert)`,
  String.raw`(?:fanden|finden) sie (?:den|diesen|dieses|das) (?:artikel|beitrag|text|inhalt)(?: (?:hilfreich|nützlich|interessant|informativ|gut|lesenswert))?`,
  String.raw`(?:fandest|findest) du (?:den|diesen|dieses|das) (?:artikel|beitrag|text|inhalt)(?: (?:hilfreich|nützlich|interessant|informativ|gut|lesenswert))?`,
  String.raw`(?:wie )?hat (?:ihnen|dir) (?:der|dieser|dieses|das|unser) (?:artikel|beitrag|text|inhalt) (?:gefallen|geholfen|weitergeholfen)`,
  String.raw`(?:gefällt|gefiel) (?:ihnen|dir|euch) (?:unser|unsere) (?:\p{L}[\p{L}-]{0,40})`,
  // The share widget's question: "Möchten Sie den Artikel teilen?", "Would you like to share this article?"
  String.raw`(?:möchten sie|möchtest du|willst du|wollen sie) (?:den|diesen|dieses|das) (?:artikel|beitrag|text) teilen`,
  String.raw`(?:want|would you like|do you want) to share (?:this|the) (?:article|story|post)`,
  String.raw`(?:quieres|quiere|desea|deseas) compartir (?:esta|este|la|el) (?:noticia|artículo|nota)`,
  // Spanish: "¿Te ha resultado útil esta noticia?", "¿Qué te pareció este artículo?", "¿Te gustó esta nota?"
  String.raw`(?:qué )?(?:te|le|les) (?:ha |han |han sido |ha sido )?(?:resultado útil|resultó útil|sido útil|fue útil|parecido|pareció|gustó|gustado|sirvió|servido) (?:esta|este|la|el) (?:noticia|artículo|nota|contenido|información)`,
  String.raw`(?:fue|es|ha sido) (?:útil )?(?:esta|este) (?:noticia|artículo|nota|contenido|información)(?: útil)?(?: para (?:ti|usted))?`,
  // French: "Cet article vous a-t-il été utile ?", "Avez-vous aimé cet article ?"
  String.raw`(?:cet|l['’]) ?article (?:vous |t['’] ?)?a-t-il (?:été utile|plu|aidé)`,
  String.raw`(?:avez-vous|as-tu) (?:trouvé|aimé|apprécié) (?:cet|l['’]) ?article(?: utile| intéressant)?`,
  // Italian: "Questo articolo ti è stato utile?", "Ti è piaciuto l'articolo?"
  String.raw`(?:questo|l['’]) ?articolo (?:ti|vi|le) è (?:stato utile|piaciuto|utile)`,
  String.raw`(?:ti|vi|le) è (?:piaciuto|stato utile) (?:questo|l['’]) ?articolo`,
  String.raw`(?:hai|avete) trovato (?:utile )?(?:questo|l['’]) ?articolo(?: utile| interessante)?`,
  // Portuguese: "Esta notícia foi útil?", "Gostou deste artigo?"
  String.raw`(?:esta|este|a|o) (?:notícia|matéria|artigo|conteúdo) (?:foi|te foi|lhe foi) útil`,
  String.raw`(?:você )?(?:gostou|gostaste) (?:desta|deste|da|do) (?:notícia|matéria|artigo|conteúdo)`,
  String.raw`(?:você )?achou (?:esta|este|a|o) (?:notícia|matéria|artigo|conteúdo) (?:útil|interessante)`,
  // Polish, Dutch: "Czy ten artykuł był pomocny?", "Was dit artikel nuttig?"
  String.raw`czy (?:ten )?(?:artykuł|tekst) (?:był|okazał się) (?:pomocny|przydatny|ciekawy|interesujący)`,
  String.raw`czy (?:ten )?(?:artykuł|tekst) ci się podobał`,
  String.raw`(?:was|vond je|vindt u|vond u|vind je) (?:dit|het) (?:artikel|bericht) (?:nuttig|interessant|handig)`,
];
const QUESTION = String.raw`${SHORT}¿?\s*(?:${QUESTION_ALTERNATIVES.join('|')})\s*\?$`;

/** A prompt to rate the article, alone on its line: "Rate this article", "Hier können Sie den Artikel bewerten". */
const RATING_PROMPT = String.raw`${SHORT}(?:(?:please )?rate (?:this|the) (?:article|story|post|recipe|guide)|(?:hier (?:können sie|kannst du) )?(?:den |diesen )?(?:artikel|beitrag) bewerten|(?:bitte )?bewerten sie (?:den|diesen) (?:artikel|beitrag)|valor[ae] (?:esta|este|la|el) (?:noticia|artículo|nota)|califica (?:esta|este|la|el) (?:noticia|artículo|nota)|(?:évaluez|évaluer|notez|noter) (?:cet|l['’]) ?article|(?:vota|valuta) (?:questo|l['’]) ?articolo|avali[ea] (?:esta|este|a|o) (?:notícia|matéria|artigo)|oceń (?:ten )?(?:artykuł|tekst)|beoordeel (?:dit|het) artikel)\s*[:.!]?$`;

/** A rating's scale: a row of stars, a score out of five or ten with its votes ("4.2/5 (17 votes)"), or the votes alone. */
const SCORE = String.raw`\d(?:[.,]\d{1,2})?\s*(?:/|von|of|de|sur|su|z|van)\s*(?:5|10)`;
/** A score out of any scale the box shows ("5 / 5", "4.5 / 10"). */
const SCORE_OUT_OF_ANY = String.raw`\d(?:[.,]\d{1,2})?\s*(?:/|von|of|de|sur|su|z|van)\s*\d{1,2}`;
const VOTES = String.raw`\(?\d{1,6}\s+(?:votes?|ratings?|stimmen|bewertungen|votos|valoraciones|avis|voti|głos(?:ów|y)?|ocen|stemmen)\)?`;
const RATING_SCALE = String.raw`(?:[★☆✩✭⭐]\s?){3,10}|(?:(?:average )?(?:rating|bewertung|note|valoración|calificación|voto|ocena|beoordeling)\s*:\s*)?(?:${SCORE}\s*)?${VOTES}\.?|(?:average )?(?:rating|bewertung|note|valoración|calificación|voto|ocena|beoordeling)\s*:\s*${SCORE}`;

/**
 * The rating box's own lines around its stars: how to rate ("Click on a star to rate it!"), its button,
 * its tally ("Average rating 4.5 / 5. Vote count: 12", "No votes so far! Be the first to rate this
 * post."), and what it says once rated ("We are sorry that this post was not useful for you!", "Let us
 * improve this post!").
 */
const RATING_BOX = String.raw`${SHORT}(?:(?:click|tap) (?:on )?(?:a|the) stars? to rate(?: it| this (?:post|article|recipe))?|klicke? (?:sie )?auf (?:einen|die) sterne?,? um (?:ihn |sie |ihn zu |zu )?(?:zu )?bewerten|haz clic en una estrella para (?:puntuarlo|valorarlo|calificarlo)|submit (?:rating|vote|your rating)|bewertung (?:abschicken|abgeben|absenden)|(?:average rating|durchschnittliche bewertung|valoración media|note moyenne) ${SCORE_OUT_OF_ANY}\.?\s*(?:vote count|anzahl (?:der )?bewertungen|recuento de votos|nombre de votes)\s*:?\s*\d{1,7}|no votes so far!?(?:\s*be the first to rate this (?:post|article|recipe)\.?)?|bisher keine bewertungen!?(?:\s*sei (?:der|die) erste,? (?:der|die) (?:diesen|den) (?:beitrag|artikel) bewertet\.?)?|we are sorry that this (?:post|article) was not useful for you|let us improve this (?:post|article)|tell us how we can improve this (?:post|article)\s*\??|as you found this (?:post|article) useful[.…]*)\s*[!.]?$`;

/** A note that the reader must log in to comment, or is not logged in (said over the comment form). */
const LOGIN_NOTE = String.raw`${SHORT}(?:(?:please )?(?:log ?in|sign ?in|register)(?: or (?:register|sign up))? to (?:post a |leave a |add a |write a |join the )?(?:comments?|discussion|conversation)|you (?:are not|aren['’]t) (?:currently )?(?:logged|signed) in|(?:sie sind|du bist) (?:aktuell |derzeit |momentan |zurzeit )?nicht (?:eingeloggt|angemeldet)|(?:sie müssen|du musst|bitte) (?:sich |dich )?(?:einloggen|anmelden|registrieren)(?: oder (?:registrieren|anmelden))?,? um (?:sich |dich )?(?:an (?:der|einer) diskussion (?:zu )?beteiligen|(?:zu )?kommentieren|mitzudiskutieren|mitdiskutieren)(?: zu können)?|(?:inicia|inicie) sesión (?:o regístrate )?para (?:comentar|dejar un comentario)|connectez-vous pour (?:commenter|réagir)|(?:accedi|registrati) per commentare|zaloguj się,? (?:aby|żeby) (?:dodać komentarz|skomentować|komentować)|faça (?:o )?login para comentar|log in om te reageren)\s*[.!]?$`;

/** A note that the comments are closed, or the comment function is off. */
const COMMENTS_CLOSED_WORDS = String.raw`(?:(?:die )?kommentare (?:sind )?geschlossen|(?:die )?kommentarfunktion (?:ist )?(?:geschlossen|deaktiviert)|(?:comments?|commenting) (?:are |is )?(?:closed|disabled|turned off)(?: for this (?:article|story|post))?|(?:los )?comentarios (?:están )?cerrados|(?:les )?commentaires (?:sont )?fermés|(?:i )?commenti (?:sono )?chiusi|(?:os )?comentários (?:estão )?(?:fechados|encerrados)|komentarze (?:są )?(?:zamknięte|wyłączone)|reacties (?:zijn )?gesloten)`;
const COMMENTS_CLOSED = String.raw`${COMMENTS_CLOSED_WORDS}\s*\.?`;

/** The comment section's bare labels that COMMENT_MARK (block-features.ts) reads in other words: "Kommentieren", "Kommentare insgesamt: 3". */
const COMMENT_LABEL = String.raw`(?:kommentieren(?: sie hier)?|kommentare schreiben|kommentare insgesamt\s*:?\s*\d{0,6}|comentar|commenter|commenta|skomentuj|reageer)\s*[.:!]?`;

/**
 * A blog's row of links under its post, each about the comments ("Kommentarfeed | Kommentare geschlossen |
 * Trackback-URL", "Permalink · 3 Comments"): items set apart by bars or dots, every one from this list.
 */
const COMMENT_LINK = String.raw`(?:kommentar-?feed|comments? (?:feed|rss)|rss (?:feed )?(?:for|für) (?:comments|kommentare)|trackback(?:[- ]url)?|permalink|permalien|\d{1,5} (?:comments?|kommentare?|comentarios?|commentaires?|commenti)|no comments|keine kommentare|leave a (?:comment|reply)|kommentieren|kommentar schreiben|${COMMENTS_CLOSED_WORDS})`;
const COMMENT_LINKS_ROW = String.raw`${COMMENT_LINK}(?:\.?\s?[|·•]\s?${COMMENT_LINK}){1,6}`;

/**
 * A prompt to answer in the comments, perhaps with its question run on ("Verraten Sie gerne in den
 * Kommentaren: Was halten Sie davon?", "Let us know in the comments below!").
 */
const COMMENT_PROMPT = String.raw`${SHORT}(?:(?:verraten|sagen|schreiben|erzählen) sie (?:uns )?(?:gerne |es )?(?:unten )?in den kommentaren|(?:verrate|sag|schreib|erzähl) (?:uns )?(?:gerne |es )?(?:unten )?in den kommentaren|(?:tell|let) us (?:know )?in the comments|(?:share|leave) your (?:thoughts|opinion|views) in the comments|(?:déjanos|cuéntanos|dinos|danos) (?:tu opinión )?en (?:los )?comentarios|(?:dites-nous|dis-nous|donnez-nous votre avis) (?:tout )?en commentaires?|(?:diccelo|raccontaci|scrivici|dicci la tua) nei commenti|(?:conte|diga|deixe)(?:-nos)? (?:sua opinião )?nos comentários)(?!\p{L})`;

/** A count of no comments on the article's title ("Keine Kommentare zu „…“", "No comments on “…”"), and the form's "Einen Kommentar schreiben". */
const NO_COMMENTS_ON = String.raw`${SHORT}(?:(?:keine|no|0|null) (?:kommentare|comments|comentarios|commentaires|commenti) (?:for|zu|on|für|auf|para|en|sur|pour|su|per) ["“«„'‘]|einen kommentar (?:schreiben|verfassen|hinterlassen)\s*[.:!]?$)`;

/**
 * The empty comment section's own line: an invitation to write its first comment ("Be the first to
 * comment on this article", "Sé el primero en comentar") or the note that there is none yet ("No
 * comments yet", "Noch keine Kommentare"). Alone on its line: an article's "no comments yet from the
 * ministry" goes on past it.
 */
const FIRST_COMMENT = String.raw`${SHORT}(?:be the first to (?:comment|leave a comment|write a comment|reply)(?: on (?:this|the) (?:article|story|post))?|(?:sé|se|sea) (?:el )?primer[oa] en (?:comentar|dejar un comentario)(?: (?:esta|este|la|el) (?:noticia|artículo|nota))?|soyez (?:le )?premi(?:er|ère) à (?:commenter|réagir|laisser un commentaire)(?: (?:cet|l['’]) ?article)?|sii (?:il )?prim[oa] a commentare(?: (?:questo|l['’]) ?articolo)?|seja (?:o |a )?primeir[oa] a comentar(?: (?:esta|este|a|o) (?:notícia|matéria|artigo))?|sei (?:der|die) erste,? (?:der|die) (?:einen kommentar (?:schreibt|verfasst)|(?:diesen |den )?(?:artikel|beitrag) kommentiert|kommentiert)|schreiben sie den ersten kommentar|schreib den ersten kommentar|bądź pierwszy(?:m|ą)?,? (?:który|która|kto) (?:skomentuje|doda komentarz)|wees de eerste die (?:reageert|een reactie plaatst)|reageer als eerste|no comments yet|there are no comments yet|noch keine kommentare(?: vorhanden)?|(?:aún|aun|todavía) no hay comentarios|pas encore de commentaires?|aucun commentaire pour (?:le moment|l['’]instant)|(?:ancora )?nessun commento(?: ancora)?|ainda não há comentários|nog geen reacties|brak komentarzy)\s*[.!:]?$`;

/** A reader's comment's signature: "Comment by Jane Doe — 17.07.2011 @ 13:04" (a name or a handle, "step21"). */
const COMMENT_SIGNATURE = String.raw`${SHORT}(?:comment|kommentar|commentaire|comentario|commento) (?:by|von|par|de|di) [\p{L}\p{N}_.'’@-]{1,40}(?: [\p{L}\p{N}_.'’@-]{1,40}){0,3} (?:[—–-]|on|am|le|el|il) \d`;

const KINDS: [RegExp, string][] = [
  [new RegExp(`^${QUESTION}`, 'iu'), "a question to the reader about the article (a feedback widget's)"],
  [new RegExp(`^${RATING_PROMPT}`, 'iu'), 'a prompt to rate the article'],
  [new RegExp(`^(?:${RATING_SCALE})$`, 'iu'), "a rating's scale (stars, a score, its votes)"],
  [new RegExp(`^${RATING_BOX}`, 'iu'), "a rating box's own line (how to rate, its tally, its thanks)"],
  [new RegExp(`^${LOGIN_NOTE}`, 'iu'), 'a note that the reader must log in to comment'],
  [new RegExp(`^${COMMENTS_CLOSED}$`, 'iu'), 'a note that the comments are closed'],
  [new RegExp(`^${COMMENT_LABEL}$`, 'iu'), "the comment section's label"],
  [new RegExp(`^${COMMENT_LINKS_ROW}$`, 'iu'), "a row of links to the comment section (its feed, trackback, count)"],
  [new RegExp(`^${COMMENT_PROMPT}`, 'iu'), 'a prompt to answer in the comments'],
  [new RegExp(`^${NO_COMMENTS_ON}`, 'iu'), "the comment section's heading (no comments yet, write one)"],
  [new RegExp(`^${COMMENT_SIGNATURE}`, 'iu'), "a reader's comment's signature"],
  [new RegExp(`^${FIRST_COMMENT}`, 'iu'), "the empty comment section's line (be the first to comment, no comments yet)"],
];

/** Every widget's line: the chrome rule `reader-widget`. */
export const READER_WIDGET = new RegExp(KINDS.map(([re]) => `(?:${re.source})`).join('|'), 'iu');

/**
 * Every widget's line opens on one of these words (or a star, a figure, a bracket), at most 160
 * characters from its end: READER_WIDGET's alternatives are all anchored at the line's start, so this
 * asks only there (same flags). Most lines are not looked at further, and the chrome rules' union of
 * such checks (chrome-rules.ts) pays one try at the line's start, not one at each character.
 */
export const READER_WIDGET_MAY_MATCH = new RegExp(
  String.raw`^¿?\s*(?:[★☆✩✭⭐\d(]|` +
    [
      // questions about the article
      'was|is|did|do|have|how|war|ist|fanden|finden|fandest|findest|wie|hat|gefällt|gefiel|möchte|willst|wollen|want|would|quier|desea|qué',
      "te |le |les|fue|es |ha |cet|l['’]|avez|as-tu|questo|ti |vi |hai|avete|esta|este|a |o |você|gost|achou|czy|vond|vind",
      // rating prompts, scales and boxes
      'please|rate|hier|den|die|artikel|beitrag|bitte|bewert|valor|calific|évalu|not|vota|voto|valuta|avali|oceń|ocen|beoorde|average|rating',
      'click|tap|klick|haz|submit|durchschnitt|no|bisher|we |let|tell|as ',
      // login and comment notes, labels, rows, prompts, signatures
      'log|sign|register|you|sie|du |inicia|inicie|connectez|accedi|registrati|zaloguj|faça|komment|comment|los|comentar|i |os|komentarz|reacties',
      'skomentuj|reageer|rss|trackback|permali|keine|leave|verrat|sag|schreib|erzähl|share|déjanos|cuéntanos|dinos|danos|dites|dis|donnez',
      'diccelo|raccontaci|scrivici|dicci|conte|diga|deixe|null|einen',
      // the empty comment section's line
      'be |there|sé|se |sea|soyez|sii|seja|sei|schreib|bądź|wees|reageer|noch|aún|aun|todavía|pas|aucun|ancora|nessun|ainda|nog|brak',
    ].join('|') +
    String.raw`)(?=[^]{0,160}$)`,
  'i',
);

/** Why the (trimmed) line is a reader's widget, or null when it is none. */
export function readerWidgetOf(line: string): string | null {
  if (line.length > 160 || !READER_WIDGET_MAY_MATCH.test(line)) return null;
  for (const [re, why] of KINDS) if (re.test(line)) return why;
  return null;
}
