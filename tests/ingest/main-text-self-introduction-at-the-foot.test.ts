/**
 * Main-text precision: the writer's note on herself, in her own words, closing her post
 * (main-text/closing/self-introduction-at-the-foot.ts): "Tine" / "Hi, ich bin Tine und gebürtige
 * Berlinerin. …" under the post's last paragraph. The article ends above her name, and the note is
 * reported. A post that opens on "Hey, I'm Kev", a paragraph that says "I'm Canadian" in the middle, a
 * last paragraph that says "I'm sure", and a short note under too little prose stay. Invented pages,
 * in German, English, French and Spanish; the foot cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { introducesTheWriter } from '../../scripts/ingest/stages/main-text/closing/self-introduction-at-the-foot.ts';

const DE = [
  'Die Tour beginnt am S-Bahnhof Karlshorst, von wo aus ihr in wenigen Minuten die ersten Wege am Ufer der Spree erreicht.',
  'Hinter der alten Steinbrücke biegt ihr nach rechts auf einen schmalen Wanderweg ab, der am Kinderzentrum vorbei in den Wald führt.',
  'Der Weg ist eher ursprünglich, über Stock und Stein, und bei Regen wird er schnell matschig, also nehmt lieber breite Reifen mit.',
  'Am Ufer befindet sich dann das kleine Café im alten Kranhaus, mit leckerem Kuchen und einem wunderbaren Blick auf das Wasser.',
  'Von dort aus geht es auf dem Radweg zurück zum Bahnhof, insgesamt sind es etwa fünfundzwanzig Kilometer mit wenigen Steigungen.',
];
const EN = [
  'We spent a year tasting wines from every corner of the valley, from the big estates on the river to the small farms up in the hills.',
  'The first lesson was that price tells you very little: some of the best bottles we opened cost less than a lunch in town.',
  'The second was that the weather of a single summer matters more than any label, and the growers know it better than anyone.',
  'The third was patience, because the wines that disappointed us in spring were often the ones we loved by the end of autumn.',
  'So the next time you stand in front of a shelf, ask the shopkeeper what the year was like, and buy what the grower was proud of.',
];

const page = (title: string, body: string[], foot: string[]) => [title, ...body, ...foot].join('\n');

describe("main-text precision: the writer's note on herself at the post's foot", () => {
  it('ends a German post above "Tine" / "Hi, ich bin Tine und …", with the reason', () => {
    const note = 'Hi, ich bin Tine und gebürtige Berlinerin. Ich liebe es, mit dem Fahrrad meine Heimatstadt zu erkunden, und zeige euch hier meine liebsten Touren.';
    const { kept, why } = chooseArticle(page('Radtour durch Karlshorst', DE, ['Tine', note]));
    expect(kept).toEqual(DE);
    expect(why.get(note)).toMatch(/note on herself/);
    expect(why.get('Tine')).toMatch(/note on herself/);
  });

  it('reads English, French and Spanish notes, the box\'s heading over them', () => {
    const en = "I'm Kiersten, a journalist and sommelier with a diploma in wine, and I write about the bottles I find on my travels.";
    expect(chooseArticle(page('Twelve lessons from a year of wine', EN, ['Meet the writer', en])).kept).toEqual(EN);
    const fr = "Je suis Léa, journaliste et sommelière, et j'écris ici sur les vins que je découvre au fil de mes voyages.";
    expect(chooseArticle(page('Twelve lessons from a year of wine', EN, [fr])).kept).toEqual(EN);
    const es = 'Hola, soy Marta y escribo sobre vinos desde hace diez años, siempre buscando las bodegas pequeñas de cada región.';
    expect(chooseArticle(page('Twelve lessons from a year of wine', EN, [es])).kept).toEqual(EN);
  });

  it('leaves out two writers\' notes, one over the other', () => {
    const maria = 'Ich bin Maria, dreißig Jahre jung, und schreibe hier über Mode in großen Größen und alles, was mir sonst gefällt.';
    const ole = 'Ich bin Ole, Betreiber dieses Blogs, und kümmere mich um die Technik, die Fotos und die Touren mit dem Fahrrad.';
    expect(chooseArticle(page('Radtour durch Karlshorst', DE, ['Autorin', maria, 'Autor', ole])).kept).toEqual(DE);
  });

  it("keeps a post that opens on \"Hey, I'm Kev\", \"I'm Canadian\" in the middle, and a last paragraph that says \"I'm sure\"", () => {
    const opening = "Hey, I'm Kev, coffee nerd and home barista, and today I want to show you how I dial in a new bag of beans.";
    expect(chooseArticle(page('Dialling in espresso', [opening, ...EN], [])).kept).toContain(opening);
    const middle = "I'm Canadian, so naturally a long winter makes sense to me, and the growers up north taught me to love it.";
    expect(chooseArticle(page('Twelve lessons from a year of wine', [...EN.slice(0, 3), middle, ...EN.slice(3)], [])).kept).toContain(middle);
    const sure = "I'm sure you will find your own favourites, and I would love to hear about them in the comments below this post.";
    expect(chooseArticle(page('Twelve lessons from a year of wine', EN, [sure])).kept).toContain(sure);
  });

  it('keeps the note under a short post: too little prose above it to be a box at the foot', () => {
    const note = "I'm Jana, and this is the first post of my new blog: I will write about the city's cafés every week from now on.";
    expect(chooseArticle(page('Hello world', EN.slice(0, 2), [note])).kept).toContain(note);
  });

  it('reads the introduction only by a name after the words', () => {
    for (const line of ["I'm Kiersten, a journalist", 'Hi! My name is Florina and I love plants', 'Hallo, ich bin Tine und …', 'Soy Marta y escribo', 'Je suis Léa, journaliste']) expect(introducesTheWriter(line), line).toBe(true);
    for (const line of ["I'm sure it will be fine.", 'ICH BIN ZU DICK!', 'Ich bin der Meinung, dass …', "I'm not a fan of this", 'Je suis allé au marché']) expect(introducesTheWriter(line), line).toBe(false);
  });
});
