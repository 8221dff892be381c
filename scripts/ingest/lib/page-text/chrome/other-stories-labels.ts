/**
 * The labels a page puts around an article in the languages of most news on the web besides
 * English (chrome-rules.ts has the English): the heading over a list of other stories, the label of
 * a "read also: <another story>" line between paragraphs, and the share buttons' label. Each is a
 * whole line's label, matched against the trimmed line: a sentence that begins with the same words
 * reads on and is no label.
 */

/**
 * "Das könnte dich auch interessieren:", "Artículos relacionados", "Sur le même sujet", "Похожие статьи",
 * "相关文章"; and a blog's sidebar of its latest posts ("Neueste Beiträge", "Entradas recientes").
 */
export const OTHER_STORIES_HEADING = new RegExp(
  '^(?:' +
    [
      // German
      'das könnte (?:dich|sie|euch) auch interessieren',
      '(?:ähnliche|verwandte|weitere) (?:beiträge|artikel|nachrichten|meldungen|themen|links)(?: zum thema)?',
      'mehr zum thema',
      'beliebte beiträge(?: zum thema)?',
      'empfehlungen (?:aus )?der redaktion',
      'meistgelesen',
      '(?:neueste|letzte) (?:beiträge|artikel)',
      'das thema könnte (?:dich|sie|euch) auch interessieren',
      'mehr themen',
      'empfohlen für (?:dich|sie)',
      'top[- ]?themen(?: der redaktion)?',
      'die meistgelesenen (?:artikel|beiträge|nachrichten)(?: (?:bei|auf|von) [^\\s]{1,40})?',
      'aktuelle (?:berichte|beiträge|artikel) aus dieser kategorie',
      'zum weiterlesen',
      // Spanish
      '(?:artículos|noticias|notas|entradas|publicaciones) relacionad[oa]s',
      '(?:también )?(?:te|le) puede interesar',
      'lo más leído',
      'entradas recientes',
      'otras noticias',
      // French
      'articles (?:similaires|liés|connexes|associés|recommandés)',
      'sur le même (?:sujet|thème)',
      'vous aimerez (?:aussi|également)',
      'dans la même rubrique',
      'les plus lus',
      'articles récents',
      'pour approfondir',
      // Italian
      'articoli correlati',
      '(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti(?: anche)?',
      'i più letti',
      'articoli recenti',
      // Portuguese
      '(?:artigos|notícias|posts|matérias) relacionad[oa]s',
      'você também pode gostar',
      'mais lid[oa]s',
      'posts recentes',
      // Polish
      '(?:podobne|powiązane) (?:artykuły|wpisy)',
      '(?:zobacz|czytaj) (?:także|też|również)',
      'polecamy',
      'najczęściej czytane',
      '(?:najnowsze|ostatnie) wpisy',
      // Russian
      'похожие (?:статьи|новости|материалы|записи)',
      '(?:читайте|смотрите) также',
      'последние записи',
      // Dutch
      'gerelateerde (?:artikelen|berichten)',
      'lees ook',
      'recente berichten',
      // Chinese, Japanese, Korean
      '相[关關](?:文章|新[闻聞]|[阅閱][读讀]|推荐)',
      '推荐阅读',
      '延伸[阅閱][读讀]',
      '関連記事',
      '관련\\s?기사',
    ].join('|') +
    // The heading may trail off ("Das könnte dich auch interessieren …") instead of taking a colon.
    ')\\s*(?:[:：]|…|\\.{3})?$',
  'iu',
);

/** "Lea también:", "Lesen Sie auch:", "À lire aussi :", "Читайте также:": the label of a link to another story. */
const READ_ALSO_LABEL = [
  '(?:lea|lee|vea|ver|mira) (?:también|además)',
  'lea más',
  // "Le puede interesar: JEP abrirá …": the "may interest you" label run into the headline.
  '(?:también )?(?:te|le) puede interesar',
  'lesen sie (?:auch|mehr)',
  'auch lesen',
  'lies auch',
  'siehe auch',
  'mehr dazu',
  '(?:à )?lire aussi',
  'voir aussi',
  'leggi anche',
  '(?:leia|veja) também',
  'leia mais',
  '(?:czytaj|zobacz) (?:także|też|również)',
  '(?:читайте|смотрите) также',
  'lees ook',
  'les også',
  'læs også',
  'läs (?:också|även)',
  // Zulu: "read also", "read this too", "read another story (here)".
  'funda (?:futhi|nalokhu|(?:o|no)lunye udaba)(?: lapha)?',
].join('|');

/**
 * "Lea también: Nuevo puente une los barrios": the label, then another story's headline (a few
 * words, no full stop); a bar may part them as a colon does ("FUNDA FUTHI | Abasebenzi bavota").
 * A sentence after the label ("…está en la web del ayuntamiento.") stays.
 * English "Read more: <headline>" is left alone: English reference texts count such a line between
 * paragraphs as the article's (an inline link to a related guide).
 */
/**
 * "【関連記事】Headline": Chinese, Japanese and Korean pages set the label in brackets, with no colon,
 * right before the other story's headline.
 */
const READ_ALSO_BRACKETED = '[【\\[［](?:関連記事|関連ニュース|あわせて読みたい|相[关關](?:文章|新[闻聞]|[阅閱][读讀])|延伸[阅閱][读讀]|관련\\s?기사)[】\\]］]\\s*[^\\s。.!]';
/**
 * "Lea: Consejo Permanente aborda …", "MIRA: Madre termina detenida", "Puedes ver: ¿Qué es …?": the
 * verb alone before the colon. "Lea" and "Mira" are names too, and a transcript's speaker may answer
 * in a word or two ("Lea: Genau"): a headline of at least four words follows the label.
 */
const READ_ALSO_BARE_VERB = '(?:lea|mira|puedes ver)\\s*[:：]\\s*(?=(?:[^\\s]+\\s+){3}[^\\s])';
/**
 * "Les også En far for de store anledninger": Scandinavian, Dutch and French ("À lire aussi La …") pages run the label into the
 * other story's headline with no colon; the headline's capital (matched case-sensitively inside the
 * case-blind pattern) tells it from a sentence that reads on ("Les også hva forskerne sier").
 */
const READ_ALSO_UNMARKED = '(?:les også|læs også|läs (?:också|även)|lees ook|(?:à )?lire aussi)\\s+(?-i:\\p{Lu})';
/**
 * "READ MORE: Port workers vote to strike", "SEE ALSO: …", "RELATED: …", "MORE: …", "WATCH: …": English
 * news sites set the label of a link to another story in capitals (the aed, utomo, fundus and body sets'
 * truths leave every such line out). Written as words ("Read more: How we tested …") it is left alone:
 * the metadata set's guides and shops link their own pages so, and its truths keep half of those lines.
 * A pattern of its own without the `i` flag, not a `(?-i:…)` group in READ_ALSO_LINE: V8 may compile
 * such a group, which holds an alternation, without its modifier, and did or not by which pages the
 * process had read before ("Read: How to …" then taken as "READ:"; lib/any-case-pattern.ts).
 */
const READ_ALSO_CAPITALS = '(?:READ (?:MORE|ALSO)|ALSO READ|SEE ALSO|RELATED|MORE|WATCH|READ|LISTEN)\\s*[:：]\\s*';
/** What follows a read-also label: the other story's headline, up to 25 words, not a sentence's end. */
const READ_ALSO_HEADLINE = '\\S(?:[^\\s]*\\s+){0,24}[^\\s]*';
export const READ_ALSO_LINE = new RegExp(
  `^(?:(?:(?:${READ_ALSO_LABEL})\\s*[:：|]\\s*|${READ_ALSO_BARE_VERB}|(?:à )?lire aussi\\s*»\\s*|${READ_ALSO_UNMARKED})${READ_ALSO_HEADLINE}|${READ_ALSO_BRACKETED}[^。]{0,80})(?<![.!。])$`,
  'iu',
);
/** The same link under an English label in capitals (READ_ALSO_CAPITALS), read case-sensitively. */
export const READ_ALSO_CAPITALS_LINE = new RegExp(`^${READ_ALSO_CAPITALS}${READ_ALSO_HEADLINE}(?<![.!。])$`, 'u');

/**
 * "Teilen Sie dies mit:", "Compartir en", "Partager :", "Поделиться", "Dela artikel": the share buttons' label,
 * and the button that copies the article's link ("Copy link", "Link kopieren", "Kopiera länk"). English
 * "Share this article" alone is the label too.
 */
export const SHARE_LABEL = new RegExp(
  '^(?:' +
    [
      '(?:jetzt )?teilen(?: auf| via)?',
      '(?:diesen|den) (?:artikel|beitrag) teilen',
      'teile diesen (?:artikel|beitrag)(?: auf| mit)?',
      'teilen sie dies(?:en (?:artikel|beitrag))? mit',
      'artikel teilen',
      'compartir(?: en| esta noticia| este artículo)?',
      'comparte(?: esta noticia| este artículo)?',
      'partager(?: sur| cet article| l[’\']article)?',
      'partagez(?: cet article)?',
      'condividi(?: su| questo articolo)?',
      'compartilhe(?: isso| esta notícia)?',
      'compartilhar(?: no| em)?',
      'podziel się',
      'udostępnij',
      'поделиться',
      'deel (?:dit|dit artikel)',
      'dela(?: artikel(?:n)?)?',
      'del (?:artikkel(?:en)?|artiklen)',
      'sdílet(?: článek)?',
      '分享到?',
      'シェアする',
      '공유하기',
      // English, alone on its line: a row of share buttons is chrome-rules.ts's share bar. ("Share" alone is
      // left as it reads: a page may set it between its stamp and its headline, which it then keeps apart.)
      'share this(?: article| story| post)',
      'social sharing',
      // The button that copies the article's address, the share bar's last.
      'copy (?:the )?link',
      'link kopieren',
      'copiar (?:el )?enlace',
      'copier le lien',
      'copia (?:il )?link',
      'kopiuj link',
      'kopiera länk(?:en)?',
      'kopier (?:lenke(?:n)?|link)',
      'kopiér link',
      'kopírovat odkaz',
      'копировать ссылку',
    ].join('|') +
    ')\\s*[:：]?$',
  'iu',
);
