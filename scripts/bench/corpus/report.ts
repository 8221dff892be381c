/**
 * One clean news report of an occasion: title, lead and body paragraphs, before any outlet wraps it
 * in page chrome. Sibling reports of one occasion share the speaker, the day and the quote, but differ
 * in title, wording and which details they carry.
 */
import type { Occasion } from './occasions.ts';
import type { Prng } from './prng.ts';
import { decoySentences, fields, partners, weekdays } from './vocabulary.ts';

export interface Report {
  occasion: Occasion;
  title: string;
  /** The lead sentence as an agency writes it after a dateline ("China will …, X said Friday."). */
  datelineLead: string;
  /** The lead as other outlets write it, with the weekday ("…, said on Friday."). */
  relativeLead: string;
  /** Body paragraphs after the lead. */
  body: string[];
}

const DAY = 86_400_000;

export const weekdayOf = (date: Date) => weekdays[date.getUTCDay()];

function titleFor(rng: Prng, o: Occasion): string {
  const topic = o.topics.length > 0 ? rng.pick(o.topics) : null;
  const templates = [
    `China to ${o.verb} international sci-tech cooperation: official`,
    `China will ${o.verb} ${o.object} with ${o.partner}, says ${o.speaker.short}`,
    `${o.speaker.name} calls for ${o.object} in ${o.field}`,
    `China, ${o.partner} to ${o.verb} cooperation in ${o.field}`,
    `China pledges ${o.object} on ${o.field} at ${o.kind.replace(/^(a|an|the) /, '')}`,
    `China will never shut its doors to ${o.object}, says official`,
    `Open cooperation key to ${o.field} research, ${o.speaker.short} says`,
  ];
  if (topic) {
    const name = topic.names[3].replace(/^the /, '');
    templates.push(
      `China to ${o.verb} role in ${name} as ${o.field} cooperation grows`,
      `${name}: China ready to ${o.verb} ${o.object}, says ${o.speaker.short}`,
    );
  }
  return rng.pick(templates);
}

function sentenceFor(template: string, o: Occasion, name: string): string {
  return template.replaceAll('{name}', name).replaceAll('{speaker}', o.speaker.short);
}

/**
 * Background sentences: generic statements with enough slots that 10,000 articles do not repeat.
 * One report uses each template at most once before cycling, as a writer would.
 */
function backgroundWriter(rng: Prng, o: Occasion): () => string {
  const year = o.date.getUTCFullYear();
  const previousDay = weekdays[(o.date.getUTCDay() + 6) % 7];
  const templates: ((f2: string, f3: string, p2: string, n: number) => string)[] = [
    (f2, f3) => `China will focus on ${o.field}, ${f2} and ${f3}, set up globally-oriented research funds, and support joint research by scientists across the world.`,
    (f2, f3, p2, n) => `In ${year - 1}, China signed or renewed ${n} international sci-tech cooperation documents, and carried out cooperation with ${o.partner}, ${p2} and other countries in fields including ${f2} and ${f3}, ${o.speaker.short} added.`,
    () => `Over the past four decades of reform and opening up, openness, cooperation and mutual learning have played an important role in the country's technological progress, ${o.speaker.short} said.`,
    () => `China will improve the legal and policy environment for sci-tech innovation, strengthen intellectual property protection, and provide equal opportunities to international talents working and starting businesses in China.`,
    (f2) => `According to a plan released on ${previousDay}, China will become more self-reliant in science and technology while opening wider to the world in ${f2}.`,
    (f2, f3, p2, n) => `Last month, researchers from China and ${p2} published joint findings on ${f3}, one of ${n} projects funded under a bilateral programme.`,
    (f2, f3, p2) => `The next round of talks with ${p2} on ${f2} is expected in ${year + 1}, ${o.speaker.short} said, adding that both sides had agreed to open more laboratories to visiting researchers.`,
    (f2, f3, p2) => `Chinese research institutes, universities and enterprises are encouraged to carry out exchanges with their counterparts in ${o.partner} and ${p2}, especially in ${f3}.`,
    (f2, f3, p2, n) => `It has also introduced a series of more open policies to make it easier for foreign talents to work and live in China, and ${n} foreign experts received the Chinese Government Friendship Award in ${year - 1}.`,
    () => `The ministry will continue to support ${o.object} at both government-to-government and people-to-people levels, ${o.speaker.short} said.`,
    (f2, f3) => `Scientific research cannot be conducted behind closed doors, ${o.speaker.short} said, citing ${f2} and ${f3} as fields where no country can go it alone.`,
    (f2, f3, p2, n) => `A joint research centre on ${f2} opened with ${p2} in ${year}, bringing together ${n} institutes from both sides.`,
    (f2) => `The platforms have provided services for users around the world, and data on ${f2} has been downloaded millions of times, ${o.speaker.short} said.`,
    (f2, f3, p2) => `Observers in ${p2} said the pledge was welcome but that trust in ${f3} would take time to build.`,
  ];
  let order = rng.shuffle(templates.map((_, i) => i));
  let next = 0;
  return () => {
    if (next === order.length) {
      order = rng.shuffle(order);
      next = 0;
    }
    const [f2, f3] = rng.sample(fields.filter((f) => f !== o.field), 2);
    const p2 = rng.pick(partners.filter((p) => p !== o.partner));
    return templates[order[next++]](f2, f3, p2, rng.int(12, 48));
  };
}

function figuresParagraph(rng: Prng, o: Occasion): string {
  const [a, b] = o.figures;
  const said = rng.pick([`${o.speaker.short} told ${o.kind}`, `${o.speaker.short} said`, `according to ${o.speaker.short}`]);
  if (b) return `At present, China has ${a.phrase}, and ${b.phrase}, ${said}.`;
  return `China has ${a.phrase}, ${said}.`;
}

export function writeReport(rng: Prng, o: Occasion): Report {
  const s = o.speaker;
  const weekday = weekdayOf(o.date);
  const lead = `China will ${o.verb} ${o.object} with other countries in ${o.field}`;
  // Agencies put a lower-case title before the name ("minister of science and technology Wang
  // Zhigang said"), but a role naming an institution goes after it, between commas.
  const on = rng.chance(0.5) ? 'on ' : '';
  const datelineLead = /[A-Z]/.test(o.role) || rng.chance(0.3)
    ? `${lead}, ${s.name}, ${o.role}, said ${on}${weekday}.`
    : `${lead}, ${o.role} ${s.name} said ${on}${weekday}.`;
  const relativeLead = `${lead}, ${s.name}, ${o.role}, said on ${weekday}.`;

  const background = backgroundWriter(rng, o);
  const body: string[] = [];
  body.push(
    `${s.short} made the remarks at ${o.kind} held by ${o.host}` +
      (rng.chance(0.4) ? `, a day after a communique released on ${weekdays[(o.date.getUTCDay() + 6) % 7]} set out the country's priorities.` : '.'),
  );
  body.push(`"${o.quote}," ${s.short} said. ${background()}`);
  if (o.figures.length > 0) body.push(figuresParagraph(rng, o));
  for (const topic of o.topics) {
    const template = rng.pick(topic.sentences);
    body.push(sentenceFor(template, o, rng.pick(topic.names)) + (rng.chance(0.5) ? ' ' + background() : ''));
  }
  const extra = rng.int(2, 8);
  for (let i = 0; i < extra; i++) body.push(background() + (rng.chance(0.4) ? ' ' + background() : ''));
  if (rng.chance(0.06)) body.splice(rng.int(1, body.length), 0, rng.pick(decoySentences));
  // Not every sibling carries every detail: drop some middle paragraphs, never the quote.
  const kept = body.filter((_, i) => i < 2 || rng.chance(0.85));
  return { occasion: o, title: titleFor(rng, o), datelineLead, relativeLead, body: kept };
}

/** The day an outlet stamps on a report: the same day, or the next for late copy. */
export function publishedDay(rng: Prng, o: Occasion): Date {
  return new Date(o.date.getTime() + (rng.chance(0.25) ? DAY : 0));
}
