/**
 * How different outlets (and different scrapers) turn a clean report into a raw text file: where the
 * date is (stamp, dateline, "Published:" line, or nowhere), what chrome surrounds the text, whether
 * the title is fused onto the body, whether the body is captured two or three times.
 */
import * as chrome from './chrome.ts';
import type { Prng } from './prng.ts';
import { publishedDay, type Report } from './report.ts';
import { bylines, datelineMonths, editors, monthNames, outletsInternational } from './vocabulary.ts';

export type StyleName =
  | 'agency-stamped'
  | 'agency-date-prefix'
  | 'fused-repeated'
  | 'tabloid-chrome'
  | 'portal-transcript'
  | 'published-line'
  | 'plain-undated';

export const styleWeights: readonly (readonly [StyleName, number])[] = [
  ['agency-stamped', 22],
  ['agency-date-prefix', 10],
  ['fused-repeated', 12],
  ['tabloid-chrome', 14],
  ['portal-transcript', 10],
  ['published-line', 20],
  ['plain-undated', 12],
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const dateline = (city: string, d: Date) =>
  `${city}, ${datelineMonths[d.getUTCMonth()]} ${d.getUTCDate()} (Xinhua) -- `;
const curly = (s: string) => s.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');

/** Blank-line separated paragraphs, as most scrapers keep them. */
const blocks = (lines: string[]) => lines.join('\n\n');

function agencyStamped(rng: Prng, r: Report): string {
  const day = r.occasion.date;
  const stamp = `${iso(publishedDay(rng, r.occasion))} ${pad(rng.int(6, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
  return blocks([
    `${r.title}-Xinhua`,
    r.title,
    'Source: Xinhua',
    `Editor: ${rng.pick(editors)}`,
    stamp,
    dateline(r.occasion.city, day) + r.datelineLead,
    ...r.body,
  ]);
}

function agencyDatePrefix(rng: Prng, r: Report): string {
  return ` date ${iso(publishedDay(rng, r.occasion))} ${r.title}\n\n` +
    blocks([dateline(r.occasion.city, r.occasion.date) + r.datelineLead, ...r.body]);
}

/** Title glued to the lead, no blank lines, non-breaking spaces at line ends, body captured 2–3 times. */
function fusedRepeated(rng: Prng, r: Report): string {
  const once = [r.title + r.relativeLead, ...r.body].map((p) => (rng.chance(0.7) ? p + '\u00a0' : p));
  const copy = once.join('\n');
  const times = rng.int(2, 3);
  // Each copy starts right after the previous one's last sentence, without a line break.
  return Array.from({ length: times }, () => copy).join('');
}

function tabloidChrome(rng: Prng, r: Report): string {
  const caption = `China aims to ${r.occasion.verb} ${r.occasion.object}.`;
  const out: string[] = [
    chrome.advertisement(rng),
    chrome.advertisement(rng),
    chrome.sectionLabel(rng),
    chrome.newsletterPrompt(rng),
    'A personalised news feed of stories that matter to you',
    'Learn more',
    chrome.photoCredit(rng, caption),
    '',
    r.title,
    '',
    `  \u2022 ${r.occasion.speaker.short} says ${r.occasion.field} needs partners around the world`,
    `  \u2022 Officials say the drive for self-reliance does not mean closing the door to ${r.occasion.object}`,
    '',
  ];
  const body = [r.relativeLead, ...r.body].map(curly);
  const videoAt = rng.int(1, body.length);
  body.forEach((p, i) => {
    if (i === videoAt) for (const line of [...chrome.videoBlock(rng, `How ${r.occasion.field} research went global`), '']) out.push(line);
    out.push(p, '');
    if (i === 2 && rng.chance(0.5)) out.push(chrome.photoCredit(rng, `${r.occasion.speaker.name} at ${r.occasion.kind}.`), '');
    if (i === 4 && rng.chance(0.4)) out.push(chrome.advertisement(rng), '');
  });
  const outlet = rng.pick(outletsInternational);
  out.push(`This article appeared in the ${outlet} print edition as: ${r.title.split(',')[0]}`, outlet.split(' ').at(-1)!);
  return out.join('\n');
}

/** A news portal's transcript page: date in the share bar, Q&A paragraphs, pagination, comment form. */
function portalTranscript(rng: Prng, r: Report): string {
  const d = publishedDay(rng, r.occasion);
  const question = `What progress has China made in ${r.occasion.object}, and what are the plans for ${r.occasion.field}? Thank you.`;
  // Answers in transcripts are long: merge the report's paragraphs pairwise.
  const answer: string[] = [];
  const paragraphs = [r.relativeLead.replace(/, said on \w+\.$/, '.'), ...r.body];
  for (let i = 0; i < paragraphs.length; i += 2) answer.push(paragraphs.slice(i, i + 2).join(' '));
  return [
    r.title,
    '',
    `${rng.int(0, 9)} Comment(s)Print E-mail${rng.chance(0.5) ? ' China.org.cn' : ''}, ${monthNames[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
    chrome.fontControls(rng),
    '',
    '',
    question,
    '',
    `${r.occasion.speaker.name}:`,
    '',
    answer.join('\n\n'),
    '',
    chrome.pagination(rng),
    '',
    chrome.socialPrompt(rng),
    chrome.socialPrompt(rng),
    chrome.shareBar(rng),
    '',
    ...chrome.commentForm(rng),
  ].join('\n');
}

function publishedLine(rng: Prng, r: Report): string {
  const d = publishedDay(rng, r.occasion);
  const when = rng.pick([
    `Published: ${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    `Published: ${monthNames[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
    `Published: ${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()} | Updated: ${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  ]);
  const out = [
    chrome.cookiePrompt(rng),
    '',
    r.title,
    `By ${rng.pick(bylines)}`,
    when,
    chrome.shareBar(rng),
    '',
  ];
  const body = [r.relativeLead, ...r.body];
  body.forEach((p, i) => {
    out.push(p, '');
    if (i === 3) out.push(chrome.advertisement(rng), '');
  });
  out.push(chrome.relatedLink(`China and ${r.occasion.partner} open joint centre for ${r.occasion.field}`));
  out.push(chrome.newsletterPrompt(rng));
  if (rng.chance(0.5)) out.push(chrome.pagination(rng));
  return out.join('\n');
}

function plainUndated(rng: Prng, r: Report): string {
  const separator = rng.chance(0.5) ? '\n\n' : '\n';
  return [r.title, r.relativeLead, ...r.body].join(separator);
}

const renderers: Record<StyleName, (rng: Prng, r: Report) => string> = {
  'agency-stamped': agencyStamped,
  'agency-date-prefix': agencyDatePrefix,
  'fused-repeated': fusedRepeated,
  'tabloid-chrome': tabloidChrome,
  'portal-transcript': portalTranscript,
  'published-line': publishedLine,
  'plain-undated': plainUndated,
};

export function render(rng: Prng, style: StyleName, report: Report): string {
  return renderers[style](rng, report);
}
