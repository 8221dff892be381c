/**
 * The boxes around an article in the languages of most news on the web: the heading of the list of
 * other stories ("Das könnte dich auch interessieren:"), a "read also: <other story>" line between
 * paragraphs, the share buttons' label and the comment form's invitation. English had a rule for
 * each; other languages had none, so the text path kept them as the article's. Every line here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { articleLines } from '../helpers/main-text.ts';
import { article } from './helpers.ts';

const DE_ARTICLE = [
  'Harbor Gazette',
  'Neue Fähre verbindet die Inseln',
  'Seit Montag fährt die neue Fähre dreimal am Tag zwischen dem Hafen und den beiden Inseln, und die Fahrt dauert nur noch eine halbe Stunde statt wie bisher fast eine Stunde.',
  'Die Gemeinde hat das Schiff gemeinsam mit den Nachbarorten gekauft, weil die alte Fähre im vergangenen Winter mehrmals ausgefallen ist und die Schüler dann nicht zur Schule kamen.',
  'Der Kapitän sagt, dass die Fahrgäste vor allem die größeren Fenster und die beheizten Sitze loben, und dass im Sommer auch Fahrräder kostenlos mitgenommen werden dürfen.',
];

describe('the heading of a list of other stories, in other languages', () => {
  const headings = [
    'Das könnte dich auch interessieren:',
    'Das könnte Sie auch interessieren',
    'Ähnliche Beiträge',
    'Verwandte Artikel',
    'Weitere Artikel zum Thema',
    'Mehr zum Thema',
    'Artículos relacionados',
    'Noticias relacionadas',
    'También te puede interesar',
    'Articles similaires',
    'Sur le même sujet',
    'Vous aimerez aussi',
    'Articoli correlati',
    'Potrebbe interessarti anche',
    'Artigos relacionados',
    'Você também pode gostar',
    'Podobne artykuły',
    'Zobacz także',
    'Похожие статьи',
    'Gerelateerde artikelen',
    '相关文章',
    '関連記事',
    '관련 기사',
    // A blog's sidebar of its latest posts
    'Neueste Beiträge',
    'Entradas recientes',
    'Articles récents',
    'Articoli recenti',
    'Posts recentes',
    'Najnowsze wpisy',
    'Последние записи',
    'Recente berichten',
  ];
  it('is the related-content heading', () => {
    for (const line of headings) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'related-links' });
  });
  it('ends the article: the teasers under it are left out', () => {
    const page = [
      ...DE_ARTICLE,
      'Das könnte dich auch interessieren:',
      'Hafenfest mit Feuerwerk am Samstag',
      'Neuer Radweg entlang der Küste',
      'Bürgermeisterin eröffnet die Markthalle',
      'Segelschule sucht Trainer für den Sommer',
    ].join('\n');
    const kept = articleLines(page);
    expect(kept).toContain(DE_ARTICLE[4]);
    expect(kept).not.toContain('Neuer Radweg entlang der Küste');
    expect(kept).not.toContain('Das könnte dich auch interessieren:');
  });
  it('leaves a sentence that only begins with such words', () => {
    expect(chromeRuleOf('Mehr zum Thema sagte der Bürgermeister am Abend nichts.')).toBeUndefined();
    expect(chromeRuleOf('Zobacz także, jak wygląda nowy port.')).toBeUndefined();
  });
});

describe('"read also: <another story>" between paragraphs, in other languages', () => {
  const lines = [
    'Lea también: Nuevo puente une los dos barrios del puerto',
    'VEA TAMBIÉN: El mercado del pescado cierra por obras',
    'Lesen Sie auch: Hafenfest mit Feuerwerk am Samstag',
    'Lies auch: So gelingt der perfekte Segeltörn',
    'À lire aussi : La marina agrandie avant l’été',
    'Leggi anche: Il porto si rifà il look',
    'Leia também: Prefeitura inaugura a nova ponte',
    'Czytaj także: Nowy prom na wyspy',
    'Читайте также: В порту открыли новый причал',
  ];
  it('is a link to another story', () => {
    for (const line of lines) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'read-also' });
  });
  it('is left out, and the article goes on under it', () => {
    const es = [
      'El ayuntamiento inauguró este lunes el nuevo puente sobre el río, que une el barrio del puerto con el centro de la ciudad y acorta media hora el viaje de quienes trabajan al otro lado.',
      'Según la concejalía de obras, la construcción costó menos de lo previsto y terminó dos meses antes del plazo, gracias al tiempo seco del invierno y a un equipo más grande.',
      'Lea también: Nuevo mercado abre sus puertas en el barrio del puerto',
      'Los comerciantes de la zona dicen que el movimiento en las tiendas ya aumentó y esperan mejores ventas en las fiestas de fin de año, cuando la ciudad recibe muchos visitantes.',
      'Los vecinos pidieron además un carril para bicicletas, que el ayuntamiento promete estudiar durante el próximo año junto con las asociaciones del barrio y los comerciantes.',
    ];
    const { record } = article(['Diario del Puerto', 'Nuevo puente sobre el río', ...es].join('\n'));
    expect(record.paragraphs.map((p) => p.text)).toEqual([es[0], es[1], es[3], es[4]]);
  });
  it('leaves a sentence that reads on', () => {
    expect(chromeRuleOf('Lea también: el informe completo está en la web del ayuntamiento.')).toBeUndefined();
  });
});

describe("the share buttons' label, in other languages", () => {
  const lines = ['Teilen Sie dies mit:', 'Diesen Artikel teilen:', 'Teile diesen Beitrag auf', 'Compartir en', 'Partager :', 'Condividi', 'Podziel się', 'Поделиться', 'Compartilhe'];
  it('is the share bar', () => {
    for (const line of lines) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'share-label' });
  });
});

describe("the comment form's invitation, in other languages", () => {
  const lines = ['Schreibe einen Kommentar', 'Schreiben Sie einen Kommentar', 'Kommentar hinzufügen', 'Escribe un comentario', 'Ajouter un commentaire', 'Écrire un commentaire', 'Scrivi un commento', 'Escreva um comentário', 'Napisz komentarz', 'Написать комментарий', 'Plaats een reactie'];
  it('is a comment mark', () => {
    for (const line of lines) expect({ line, mark: blockFeatures(line, detectLanguage(line.repeat(3))).commentMark }).toEqual({ line, mark: true });
  });
  it('is the wall the article never crosses', () => {
    const page = [...DE_ARTICLE, 'Schreibe einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'Name *', 'E-Mail *'].join('\n');
    const kept = articleLines(page);
    expect(kept).toContain(DE_ARTICLE[4]);
    expect(kept).not.toContain('Schreibe einen Kommentar');
    expect(kept).not.toContain('Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.');
  });
});

describe("a photo's credit in other languages", () => {
  const lines = ['Foto: Hafenamt/Jana Berg', 'Der neue Anleger am Morgen. Foto: Archiv', 'Imagen: Agencia del Puerto', 'Bild: Harbor Gazette', 'Фото: Портовая газета', 'Zdjęcie: Gazeta Portowa'];
  it('is the photo credit', () => {
    for (const line of lines) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'photo-credit' });
  });
  it('leaves a sentence whose clause after a colon is short', () => {
    expect(chromeRuleOf('Die Lage zeigt ein klares Bild: Die Preise steigen')).toBeUndefined();
    expect(chromeRuleOf('Das Foto: ein Beweis')).toBeUndefined();
  });
});

describe('an advertisement label between marks', () => {
  it('is the advertisement placeholder', () => {
    for (const line of ['» Advertisement', '- Anzeige -', '– Publicidad –', '[ Advertisement ]']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'ad-label' });
  });
});

describe("a comment section's heading and form, in other languages", () => {
  const marks = [
    '11 Kommentare',
    'Kommentare:',
    'Keine Kommentare',
    '3 comentarios',
    '2 commentaires',
    '5 commenti',
    '4 komentarze',
    '7 reacties',
    '12 Antworten zu „Neue Fähre verbindet die Inseln“',
    '3 respuestas a «Nuevo puente sobre el río»',
    '2 réponses à « La marina agrandie »',
    'Hinterlasse eine Antwort',
    'Laisser une réponse',
    'Lascia una risposta',
    'Kommentare sind geschlossen.',
    'Los comentarios están cerrados.',
    'Responder',
  ];
  it('is a comment mark', () => {
    for (const line of marks) expect({ line, mark: blockFeatures(line, detectLanguage(line.repeat(3))).commentMark }).toEqual({ line, mark: true });
  });
  // "Antworten" alone is German for "answers" as well as the reply button: a page's heading, perhaps.
  it('leaves a sentence about comments, and a word that is a heading as often as a button', () => {
    for (const line of ['Die Kommentare der Leser waren überwiegend freundlich, sagte die Redaktion.', 'Antworten auf diese Fragen gibt es noch nicht.', 'Antworten']) {
      expect({ line, mark: blockFeatures(line, detectLanguage(line.repeat(3))).commentMark }).toEqual({ line, mark: false });
    }
  });
  it('is the wall the article never crosses', () => {
    const page = [
      ...DE_ARTICLE,
      '2 Antworten zu „Neue Fähre verbindet die Inseln“',
      'Jana Berg',
      '3. Januar 2023 um 10:12 Uhr',
      'Endlich! Wir haben so lange auf eine zuverlässige Verbindung gewartet, und jetzt kommen die Kinder wieder pünktlich zur Schule.',
      'Antworten',
      'Hinterlasse eine Antwort',
    ].join('\n');
    const kept = articleLines(page);
    expect(kept).toContain(DE_ARTICLE[4]);
    expect(kept).not.toContain('Endlich! Wir haben so lange auf eine zuverlässige Verbindung gewartet, und jetzt kommen die Kinder wieder pünktlich zur Schule.');
  });
});
