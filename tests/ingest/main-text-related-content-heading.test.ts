/**
 * Main-text precision: other stories' teasers under a heading only the chrome rules know
 * (main-text/shared/related-content-heading.ts, read by closing/teasers-under-a-box.ts): "Pour
 * approfondir", "Empfehlungen der Redaktion" under the whole article, then teaser after teaser (a
 * kicker, a headline, its section, a summary longer than a teaser list's). The summaries weighed for the run, which ran on over the
 * box to the page's foot; they weigh against it now, and the article ends above the heading. The same
 * heading over the article's own paragraphs going on, or over a few headlines another rule left out with
 * the article's next paragraph right under them, or on a short page, changes nothing. Invented
 * pages; the teaser cases failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const FRENCH_HEAD = 'Les migrations, une affaire de géographie\nPar Anne Leroux\n12 mars 2024';
/** Over 250 words of prose (teasers-under-a-box.ts's whole article): a whole article stands above the box. */
const FRENCH = [
  'Le démographe rappelle que les migrations ne suivent pas seulement la pauvreté des pays de départ, mais aussi les réseaux familiaux, les langues partagées et les routes déjà ouvertes par ceux qui sont partis avant.',
  'Selon lui, les chiffres publiés chaque année par les agences européennes sont souvent lus sans tenir compte des retours, des départs vers d’autres pays et des personnes qui changent de statut au fil des années.',
  'Il conteste aussi l’idée selon laquelle la population venue du sud du Sahara devrait doubler en Europe dans les prochaines décennies, une hypothèse qui repose selon lui sur un ratio constant que rien ne justifie.',
  'Les migrants sont aussi des producteurs, des consommateurs et des contribuables, rappelle-t-il, et leur apport à l’économie des pays d’accueil dépasse largement le coût que leur prêtent les débats publics.',
  'Le règlement européen sur l’asile creuse selon lui les écarts entre les pays de premier accueil et les autres, au lieu de les combler, et il faudrait que les décisions compensent enfin les inégalités de la géographie.',
  'Pour l’Europe du sud, dit-il, la question n’est pas de savoir combien de personnes arriveront, mais comment les accueillir dans des villes qui perdent déjà leurs habitants et où les écoles ferment faute d’élèves.',
  'Il rappelle enfin que la plupart des migrants africains restent sur leur continent, où ils vont d’un pays voisin à l’autre pour travailler quelques saisons avant de rentrer chez eux.',
  'Il conclut que l’histoire des concepts liés à la crise migratoire reste à écrire, et que les chercheurs doivent sortir des seules statistiques pour raconter ce que vivent les personnes concernées.',
];
const FRENCH_TEASERS = [
  'Entretiens Politique',
  'L’humanité en révolte, une conversation avec un syndicaliste italien',
  'Politique',
  'Activiste en faveur du droit des travailleurs et des exclus, invité récurrent des plateaux de télévision, il revient sur ses années de lutte dans les campagnes du sud de l’Italie et sur ce qu’elles ont changé. Il raconte aussi les nuits passées dans les camps de fortune près des champs de tomates, où vivent encore des milliers de travailleurs.',
  'Entretiens Méditerranée',
  '« Il est temps qu’il y ait une politique migratoire européenne », une conversation avec un ancien ministre',
  'Méditerranée',
  'Dans cet entretien, l’ancien président du Conseil analyse la crainte du déclassement dont se nourrissent les partis qui font de l’immigration leur premier thème de campagne dans toute l’Europe du sud. Il revient enfin sur les années où il dirigeait le gouvernement, quand les arrivées par la mer ont commencé à peser sur chaque élection.',
  'Entretiens Histoire',
  'L’historien face aux migrations, conversation avec un spécialiste des frontières',
  'Histoire',
  'L’historien affirme le besoin de faire l’histoire des mots de la crise migratoire et s’interroge sur la manière dont les journaux de chaque pays ont raconté les arrivées des dernières années, des îles grecques jusqu’aux gares de Vienne et de Munich. Il montre comment les mêmes images ont servi des récits opposés selon les pays.',
];
const FRENCH_FOOT = 'Mentions légales\nContact\nÀ propos';

const GERMAN = [
  ...GERMAN_PARAGRAPHS,
  'Die Verwaltung verweist auf die Erfahrungen anderer Städte, in denen ähnliche Netze nach wenigen Jahren die Kosten für Heizung deutlich gesenkt haben, und rechnet mit sinkenden Preisen für die Kunden.',
  'Die Opposition im Rat hält die Rechnung für zu optimistisch und verlangt, dass die Stadtwerke ihre Annahmen über den Preis des Gases und die Zahl der neuen Kunden offenlegen, bevor weitere Verträge unterschrieben werden.',
  'Die Handwerker der Region hoffen dagegen auf Aufträge für viele Jahre, weil neben den Leitungen auch Hunderte Heizungskeller umgebaut werden müssen, und bilden dafür schon jetzt zusätzliche Lehrlinge aus.',
  'Auch die Kirchengemeinden und die beiden Sportvereine der Nordstadt haben Interesse angemeldet, weil ihre Hallen bisher mit alten Ölheizungen beheizt werden, deren Betrieb jedes Jahr teurer wird.',
  'Der Gemeinderat will im Herbst über den Plan abstimmen, nachdem die Anwohner in zwei Versammlungen ihre Einwände vortragen konnten und die Gutachten der Ingenieure vorliegen, die das Land bestellt hat.',
];
const GERMAN_TEASERS = [
  'Verkehr',
  'Schnellzug im Stadttakt soll Pendler entlasten',
  'Region',
  'Die Bahn will ab dem kommenden Jahr die ersten Verbindungen im Halbstundentakt anbieten, zunächst zwischen drei Städten im Süden, und sucht dafür noch Personal für die Stellwerke entlang der Strecke. Die Fahrgastverbände begrüßen den Plan, warnen aber vor neuen Verspätungen, solange die alten Brücken im Norden der Region nicht erneuert sind.',
  'Wirtschaft',
  'Fernbusse fordern dieselben Vorteile wie die Bahn',
  'Region',
  'Der Verband fordert für Fernbusse dieselben Vorteile bei der Steuer, die Züge schon lange haben, und droht dem Land mit einer Klage, falls die Regierung ihren Entwurf nicht bis zum Sommer ändert. Die Unternehmen verweisen auf die vielen Fahrgäste auf dem Land, die ohne Auto kaum eine andere Verbindung in die Städte haben, und auf die Arbeitsplätze in den Werkstätten.',
  'Kultur',
  'Stadttheater zeigt die Geschichte des alten Hafens',
  'Region',
  'Zum hundertsten Geburtstag des Hafens bringt das Stadttheater ein Stück auf die Bühne, das die Arbeiter der ersten Werften erzählen lässt, und lädt die Familien der Hafenarbeiter zur Premiere ein. Die Proben dauern seit dem Winter, und viele Rollen spielen Laien aus den Vereinen der Stadt, die selbst noch auf den Werften gearbeitet haben oder deren Eltern dort beschäftigt waren.',
];
const GERMAN_FOOT = 'Impressum\nDatenschutz\nKontakt';

describe("main-text precision: teasers under a heading only the chrome rules know", () => {
  it('ends a French article above "Pour approfondir" and the teasers under it', () => {
    const { kept, why } = chooseArticle(`${FRENCH_HEAD}\n${FRENCH.join('\n')}\nPour approfondir\n${FRENCH_TEASERS.join('\n')}\n${FRENCH_FOOT}`);
    expect(kept).toEqual(FRENCH);
    expect(why.get(FRENCH_TEASERS[3])).toBeDefined();
    expect(why.get(FRENCH_TEASERS[11])).toBeDefined();
  });

  it('ends a German article above "Empfehlungen der Redaktion" and the teasers under it', () => {
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${GERMAN.join('\n')}\nEmpfehlungen der Redaktion\n${GERMAN_TEASERS.join('\n')}\n${GERMAN_FOOT}`);
    expect(kept).toEqual(GERMAN);
    expect(why.get(GERMAN_TEASERS[7])).toBeDefined();
  });

  it('keeps the article going on in paragraphs under the heading (a box set inside it)', () => {
    const more = [
      'Im Frühjahr sollen die ersten Rohre in der Weststadt verlegt werden, wo die alten Kessel zweier Schulen und des Rathauses als erste ersetzt werden, teilte der Bauleiter den Anwohnern mit.',
      'Wer sein Haus anschließen lassen will, kann sich ab Mai bei den Stadtwerken melden; die Beratung ist kostenlos, und für die ersten tausend Anschlüsse zahlt das Land einen Zuschuss.',
    ];
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${GERMAN.join('\n')}\nEmpfehlungen der Redaktion\n${more.join('\n')}\n${GERMAN_FOOT}`);
    expect(kept).toEqual(expect.arrayContaining(more));
  });

  it("keeps the article's paragraph right under a box of headlines another rule left out (Ähnliche Nachrichten … Mehr ähnliche Nachrichten)", () => {
    const box = 'Ähnliche Nachrichten\nSchnellzug im Stadttakt soll Pendler entlasten: Bahn plant neue Verbindungen\nMehr ähnliche Nachrichten';
    const resumed = 'Auch der Landrat begrüßte den Plan und kündigte an, die Gemeinden des Kreises bei ihren Anträgen zu unterstützen, damit auch die Dörfer an das Netz angeschlossen werden können.';
    const more = [
      'Die Stadtwerke wollen die Leitungen zuerst entlang der Hauptstraße verlegen, weil dort die meisten Kunden wohnen und die Straße ohnehin im nächsten Jahr saniert werden muss.',
      'Ob der Zeitplan hält, hängt nach Angaben der Verwaltung vor allem davon ab, wie schnell die Bauunternehmen genug Fachkräfte finden, um mehrere Baustellen gleichzeitig zu betreiben.',
    ];
    const page = `${GERMAN_HEAD}\n${GERMAN.join('\n')}\n${box}\n${resumed}\nKritik aus dem Kreistag\n${more.join('\n')}\n${GERMAN_FOOT}`;
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([resumed, ...more]));
  });

  it('leaves a short page alone: the heading over teasers with no whole article above it', () => {
    const short = GERMAN_PARAGRAPHS.slice(0, 1);
    const page = `${GERMAN_HEAD}\n${short.join('\n')}\nEmpfehlungen der Redaktion\n${GERMAN_TEASERS.join('\n')}\n${GERMAN_FOOT}`;
    const before = chooseArticle(page).kept;
    expect(before).toContain(short[0]);
  });
});
