/**
 * Main-text precision: a paywall box atop the article ("Jetzt weiterlesen!" / "Für 0.99 € können Sie
 * diesen Artikel erwerben." / "Sie sind bereits Kunde?" / "Anmelden") reads as short sentences, so the
 * run takes it in above the first paragraph. Its lines are left out with the reason reported, and the
 * article starts under its log-in button. A sentence of the article on subscribers, below the first
 * paragraph, is the article's. Invented pages; the box cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const DE_HEAD = 'Streik im Hafen: Tausende legen die Arbeit nieder\n28. Juni 2025 - 16.03 Uhr';
const DE = [
  'Am Samstagmorgen zogen mehrere tausend Hafenarbeiter durch die Innenstadt, um gegen die geplante Reform der Schichtzeiten zu protestieren, die der Senat im Frühjahr beschlossen hatte.',
  'Die Gewerkschaft sprach von einem vollen Erfolg, die Polizei zählte deutlich weniger Teilnehmer als die Veranstalter, meldete aber keine nennenswerten Zwischenfälle entlang der Strecke.',
  'Ob der Senat die Reform nun noch einmal überdenkt, ist offen; eine erste Gesprächsrunde mit den Vertretern der Beschäftigten ist für die kommende Woche angesetzt worden.',
];
const EN_HEAD = 'Harbour strike: thousands walk out\nJune 28, 2025';
const EN = [
  'Several thousand dock workers marched through the city centre on Saturday morning to protest against the planned reform of shift times that the council passed in the spring.',
  'The union called the march a full success, while the police counted far fewer people than the organisers did but reported no incidents of note along the whole route.',
  'Whether the council will now think again about the reform is open; a first round of talks with the workers’ representatives has been set for the coming week.',
];

describe('main-text precision: a paywall box above the article', () => {
  it('leaves out the offer, the question to customers and the log-in button (German)', () => {
    const box = ['Jetzt weiterlesen! !', 'Für 0.99 € können Sie diesen Artikel erwerben.', 'Sie sind bereits Kunde?', 'Anmelden'];
    const { kept, why } = chooseArticle(`${DE_HEAD}\n${box.join('\n')}\n${DE.join('\n')}`);
    expect(kept).toEqual(DE);
    expect(why.get('Sie sind bereits Kunde?')).toMatch(/paywall/);
    expect(why.get('Für 0.99 € können Sie diesen Artikel erwerben.')).toMatch(/paywall/);
  });

  it('leaves out an English box with its log-in link run onto the question', () => {
    const box = ['Keep reading now!', 'For $0.99 you can buy this article.', 'Already a subscriber? Sign in'];
    const { kept, why } = chooseArticle(`${EN_HEAD}\n${box.join('\n')}\n${EN.join('\n')}`);
    expect(kept).toEqual(EN);
    expect(why.get('For $0.99 you can buy this article.')).toMatch(/paywall/);
  });

  it('leaves out a French and a Spanish question to subscribers with its button', () => {
    const fr = 'Lors de la grève de samedi, plusieurs milliers de dockers ont défilé dans le centre-ville pour protester contre la réforme des horaires de travail votée au printemps.';
    const fr2 = 'Le syndicat a parlé d’un plein succès, tandis que la police a compté bien moins de manifestants que les organisateurs, sans signaler aucun incident sur le parcours.';
    const fr3 = 'Reste à savoir si le conseil reviendra sur sa réforme ; une première réunion avec les représentants des salariés est prévue pour la semaine prochaine.';
    const page = `Grève au port : des milliers de dockers défilent\n28 juin 2025\nLire la suite !\nPour 0,99 € vous pouvez acheter cet article.\nVous êtes déjà abonné ?\nSe connecter\n${fr}\n${fr2}\n${fr3}`;
    expect(chooseArticle(page).kept).toEqual([fr, fr2, fr3]);
    const es = 'Varios miles de estibadores marcharon el sábado por la mañana por el centro de la ciudad para protestar contra la reforma de los turnos que el ayuntamiento aprobó en primavera.';
    const es2 = 'El sindicato habló de un éxito total, mientras que la policía contó muchas menos personas que los organizadores, aunque no registró ningún incidente a lo largo del recorrido.';
    const es3 = 'Queda por ver si el ayuntamiento revisará la reforma; la primera reunión con los representantes de los trabajadores está prevista para la próxima semana.';
    const pageEs = `Huelga en el puerto: miles de estibadores salen a la calle\n28 de junio de 2025\n¡Sigue leyendo!\nPor 0,99 € puedes comprar este artículo.\n¿Ya eres suscriptor?\nIniciar sesión\n${es}\n${es2}\n${es3}`;
    expect(chooseArticle(pageEs).kept).toEqual([es, es2, es3]);
  });

  it('keeps a question to subscribers inside the article, under its first paragraph', () => {
    const own = 'Already a subscriber?';
    const { kept } = chooseArticle(`${EN_HEAD}\n${EN[0]}\n${own}\n${EN[1]}\n${EN[2]}`);
    expect(kept).toEqual([EN[0], own, EN[1], EN[2]]);
  });
});
