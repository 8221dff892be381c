/**
 * The "world" a synthetic corpus reports on: occasions (a press conference on a day, by a speaker,
 * about some topics, citing some figures). Several articles report one occasion, as in real news,
 * so the ingest's event grouping and date inference have siblings to work with.
 */
import type { Prng } from './prng.ts';
import {
  chineseRoles, datelineCities, fields, foreignNames, foreignRoles, givenSyllables, hosts, objects,
  occasions as occasionKinds, partners, surnames, topicVoices, verbs, type TopicVoice,
} from './vocabulary.ts';

export interface Speaker {
  name: string;
  /** How later sentences refer to the speaker ("Wang", "Keller"). */
  short: string;
  role: string;
  /** Some people change jobs: from this year on they speak with `laterRole`. */
  promotedIn: number | null;
  laterRole: string | null;
}

export interface FigureClaim {
  id: string;
  value: number;
  /** "more than", "over", … or '' when exact. */
  qualifier: string;
  /** The claim as a phrase that fits after "China has …". */
  phrase: string;
}

export interface Occasion {
  date: Date; // UTC midnight
  speaker: Speaker;
  role: string;
  topics: TopicVoice[];
  figures: FigureClaim[];
  kind: string;
  host: string;
  city: string;
  field: string;
  partner: string;
  verb: string;
  object: string;
  /** A sentence every report of this occasion quotes: the distinctive phrase siblings share. */
  quote: string;
}

const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

function makeSpeakers(rng: Prng, count: number): Speaker[] {
  const seen = new Set<string>();
  const out: Speaker[] = [];
  while (out.length < count) {
    const foreign = rng.chance(0.12);
    const name = foreign
      ? rng.pick(foreignNames)
      : `${rng.pick(surnames)} ${capitalize(rng.pick(givenSyllables) + (rng.chance(0.8) ? rng.pick(givenSyllables) : ''))}`;
    if (seen.has(name)) {
      if (seen.size >= surnames.length * givenSyllables.length) break;
      continue;
    }
    seen.add(name);
    const promoted = !foreign && rng.chance(0.1);
    out.push({
      name,
      short: foreign ? name.split(' ').at(-1)! : name.split(' ')[0],
      role: rng.pick(foreign ? foreignRoles : chineseRoles),
      promotedIn: promoted ? rng.int(2020, 2024) : null,
      laterRole: promoted ? rng.pick(chineseRoles) : null,
    });
  }
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Linear drift between two years, so a series of figures rises over time as real ones do. */
function drift(date: Date, fromYear: number, from: number, to: number): number {
  const t = (date.getTime() - Date.UTC(fromYear, 0, 1)) / (LAST_DAY - Date.UTC(fromYear, 0, 1));
  return Math.round(from + (to - from) * Math.max(0, Math.min(1, t)));
}

interface FigureKind {
  id: string;
  since: number;
  value: (date: Date) => number;
  phrase: (written: string) => string;
}

const figureKinds: FigureKind[] = [
  {
    id: 'relations', since: 2019, value: (d) => drift(d, 2019, 157, 166),
    phrase: (v) => `established sci-tech cooperation relations with ${v} countries and regions`,
  },
  {
    id: 'agreements', since: 2019, value: (d) => drift(d, 2019, 110, 121),
    phrase: (v) => `signed ${v} inter-governmental scientific and technological cooperation agreements`,
  },
  {
    id: 'joint-labs', since: 2019, value: (d) => drift(d, 2019, 24, 71),
    phrase: (v) => `started construction on ${v} joint laboratories with partner countries`,
  },
  {
    id: 'young-scientists', since: 2019, value: (d) => drift(d, 2019, 5200, 12400),
    phrase: (v) => `supported ${v} young scientists from around the world to work in China`,
  },
  {
    id: 'vaccine-doses', since: 2021, value: (d) => drift(d, 2021, 120, 2200),
    phrase: (v) => `provided ${v} million doses of COVID-19 vaccines to more than 120 countries and international organizations`,
  },
  {
    id: 'organizations', since: 2019, value: (d) => drift(d, 2019, 196, 224),
    phrase: (v) => `participated in ${v} international organizations and multilateral mechanisms related to science and technology`,
  },
];

function claim(rng: Prng, kind: FigureKind, date: Date): FigureClaim {
  const exact = kind.value(date);
  const qualifier = rng.weighted([['', 5], ['more than ', 3], ['over ', 2], ['nearly ', 1]] as const);
  // "more than 160" is how officials round; "nearly" rounds up.
  const step = exact >= 1000 ? 100 : 10;
  const value =
    qualifier === '' ? exact
    : qualifier === 'nearly ' ? Math.ceil(exact / step) * step
    : Math.floor(exact / step) * step;
  const written = value >= 1000 ? value.toLocaleString('en-US') : String(value);
  return { id: kind.id, value, qualifier: qualifier.trim(), phrase: kind.phrase(qualifier + written) };
}

function pickTopics(rng: Prng, date: Date): TopicVoice[] {
  const year = date.getUTCFullYear();
  const possible = topicVoices.filter((t) => t.since <= year);
  const count = rng.weighted([[0, 35], [1, 45], [2, 14], [3, 4], [4, 2]] as const);
  return rng.sample(possible, count);
}

/** Speakers are Zipf-distributed: a few ministers speak often, many people once or twice. */
function pickSpeaker(rng: Prng, speakers: Speaker[]): Speaker {
  const r = rng.float();
  const index = Math.floor(Math.pow(speakers.length + 1, r)) - 1;
  return speakers[Math.min(index, speakers.length - 1)];
}

export function makeOccasions(rng: Prng, count: number): Occasion[] {
  const speakers = makeSpeakers(rng, Math.max(12, Math.min(400, Math.round(count / 6))));
  const out: Occasion[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY);
    const speaker = pickSpeaker(rng, speakers);
    const year = date.getUTCFullYear();
    const role = speaker.promotedIn && year >= speaker.promotedIn ? speaker.laterRole! : speaker.role;
    const kinds = figureKinds.filter((k) => k.since <= year);
    const figures = rng.sample(kinds, rng.weighted([[0, 40], [1, 35], [2, 20], [3, 5]] as const)).map((k) =>
      claim(rng, k, date),
    );
    const field = rng.pick(fields);
    const object = rng.pick(objects);
    const partner = rng.pick(partners);
    out.push({
      date,
      speaker,
      role,
      topics: pickTopics(rng, date),
      figures,
      kind: rng.pick(occasionKinds),
      host: rng.pick(hosts),
      city: rng.pick(datelineCities),
      field,
      partner,
      verb: rng.pick(verbs),
      object,
      quote: rng.pick([
        `Science knows no borders, and ${object} in ${field} serves the whole of humankind`,
        `China will never close its doors to ${object}, least of all in ${field}`,
        `Self-reliance and openness go hand in hand, and ${field} is where they meet`,
        `We will work with every country that wants ${object} on an equal footing`,
        `No country can solve the problems of ${field} alone`,
      ]) + `, as our work with ${partner} shows`,
    });
  }
  return out;
}
