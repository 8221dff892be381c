/**
 * A blog's filing note under its post ("This entry was posted in … and tagged …. Bookmark the
 * permalink.", and the same note as blog software writes it in other languages): the post is over,
 * and what follows (the author's box, the blog's blurb, other posts) is the page's.
 */
import { describe, expect, it } from 'vitest';
import { matchChrome } from '../../scripts/ingest/stages/clean.ts';
import { article } from './helpers.ts';

const NOTES = [
  'This entry was posted in Gardening and tagged compost, soil. Bookmark the permalink.',
  'This entry was posted in Travel and tagged trains, Alps. Bookmark the permalink. Both comments and trackbacks are currently closed.',
  'This post was posted in Uncategorized by mira.',
  'Posted in Recipes and tagged bread, rye. Bookmark the permalink.',
  'Dieser Eintrag wurde veröffentlicht in Wandern und verschlagwortet mit Alpen, Hütten von Jana Berg. Permanentlink.',
  'Dieser Beitrag wurde unter Garten abgelegt und mit Kompost, Boden verschlagwortet. Setze ein Lesezeichen auf den Permalink.',
  'Cette entrée a été publiée dans Voyages, avec comme mot(s)-clef(s) trains. Vous pouvez la mettre en favoris avec ce permalien.',
  'Esta entrada fue publicada en Viajes y etiquetada trenes, Alpes. Guarda el enlace permanente.',
  'Esta entrada foi publicada em Viagens e marcada com comboios. Adicione o link permanente aos seus favoritos.',
  'Questa voce è stata pubblicata in Viaggi e contrassegnata con treni. Contrassegna il permalink.',
  'Dit bericht werd geplaatst in Reizen en getagd met treinen. Bookmark de permalink.',
];

// Sentences that open alike but say something of the article's own.
const REAL = [
  'Posted in Berlin for three years, the diplomat watched the talks stall.',
  'Posted in News',
  'This entry was the first of the festival to win both prizes, the jury said on Sunday after a long night of arguments about the rules.',
  'Dieser Beitrag wurde unter Mitarbeit von drei Redaktionen erstellt.',
  'Esta entrada fue la más cara de la temporada, según la federación.',
];

describe('the entry-footer chrome rule', () => {
  it('names a blog post\'s filing note, in the languages blog software writes it', () => {
    for (const line of NOTES) expect(matchChrome(line)?.id, line).toBe('entry-footer');
  });
  it('keeps sentences that open alike', () => {
    for (const line of REAL) expect(matchChrome(line)?.id, line).not.toBe('entry-footer');
  });
});

describe('a post over its filing note', () => {
  const POST = [
    'We planted the beds along the fence this spring, after two years of leaving the soil to rest under a cover of clover and straw.',
    'The compost from the winter went in first, a thick layer that the worms pulled down within weeks, and the seedlings followed in May.',
    'By July the beans had climbed the whole fence and the neighbours asked what we had done differently this year in such a dry summer.',
  ];
  const FOOT = [
    'This entry was posted in Gardening and tagged compost, soil. Bookmark the permalink.',
    'About the author',
    'Mira has written about small gardens for ten years and keeps an allotment by the river where she tries out every method she describes.',
    '« Older post',
    'A blog about growing food in small places, written by people who have more enthusiasm than space and want to share what works.',
  ];

  it('ends the article above the note, and reports the note and what follows', () => {
    const { body, report } = article(['Beans along the fence', ...POST, ...FOOT].join('\n\n'));
    expect(body).toContain('neighbours asked');
    expect(body).not.toContain('Bookmark the permalink');
    expect(body).not.toContain('Mira has written');
    expect(body).not.toContain('more enthusiasm than space');
    const said = report.entries.map((e) => e.text).join('\n');
    expect(said).toContain('Bookmark the permalink');
    expect(said).toContain('Mira has written');
  });

  it('does the same under a German post', () => {
    const post = [
      'Im Frühjahr haben wir die Beete am Zaun angelegt, nachdem der Boden zwei Jahre unter Klee und Stroh geruht hatte und sich erholen konnte.',
      'Zuerst kam der Kompost aus dem Winter, eine dicke Schicht, die die Würmer in wenigen Wochen nach unten zogen, dann im Mai die Setzlinge.',
      'Im Juli waren die Bohnen schon über den ganzen Zaun geklettert, und die Nachbarn fragten, was wir in diesem trockenen Sommer anders gemacht hatten.',
    ];
    const foot = [
      'Dieser Eintrag wurde veröffentlicht in Garten und verschlagwortet mit Kompost, Boden von Jana Berg. Permanentlink.',
      'Über die Autorin',
      'Jana schreibt seit zehn Jahren über kleine Gärten und hat einen Schrebergarten am Fluss, in dem sie jede Methode ausprobiert, die sie beschreibt.',
    ];
    const { body } = article(['Bohnen am Zaun', ...post, ...foot].join('\n\n'));
    expect(body).toContain('Nachbarn fragten');
    expect(body).not.toContain('Permanentlink');
    expect(body).not.toContain('Jana schreibt');
  });
});
