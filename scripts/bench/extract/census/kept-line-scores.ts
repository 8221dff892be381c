/**
 * The kept-line scoring shared by kept-lines.ts and text-keeps-html-drops.ts: each line of a published
 * body scored shingle by shingle as the bench scores the page, the lines most of whose shingles the truth
 * has not got, each placed (before / inside / after the truth's lines) and given a rough shape.
 */
import { tokenize } from '../score.ts';

/** A line is kept chrome when this share of its shingles is not the truth's. */
export const FALSE_SHARE = 0.6;
export const SHINGLE = 4;

export type Place = 'before' | 'inside' | 'after' | 'alone';

/** Where a found passage at offset `i` stands against the offsets `at` of the article's found passages. */
export function passagePlace(at: readonly number[], i: number): Place {
  return !at.length ? 'alone' : i < Math.min(...at) ? 'before' : i > Math.max(...at) ? 'after' : 'inside';
}

/**
 * A rough shape, for the census only. Keyword hints are a reading aid across the sets' main languages;
 * the structural ones (length, end punctuation, digits) carry most of it.
 */
export function shapeOf(line: string): string {
  const t = line.trim();
  const words = tokenize(t).length;
  if (/\t|\|/.test(t) || (words >= 3 && (t.match(/\d+/g)?.length ?? 0) / words > 0.5)) return 'table / figures';
  if (/^(?:about the author|über (?:den|die) autor|the author|author|autor(?:in)?|l'auteur|sobre el autor|o autorze)\b/i.test(t) || (words >= 12 && /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|has|was|ist|war|hat|schreibt|writes|est|a|es|jest|leitet|arbeitet)\s/u.test(t)))
    return 'writer bio';
  if (/newsletter|subscri|abonn|sign up|anmeld|registr|e-?mail|inscri|suscr|zapisz/i.test(t)) return 'newsletter / sign-up';
  if (/\b(share|teilen|partager|compartir|udostępnij|facebook|twitter|whatsapp|linkedin|pinterest|telegram)\b/i.test(t) && words <= 12)
    return 'share / social';
  if (/©|\b(foto|photo|bild|image|getty|imago|dpa|reuters|afp|credit|picture)\b/i.test(t) && words <= 25) return 'caption / credit';
  if (/\b(comment|kommentar|commentaire|comentario|komentarz)/i.test(t) && words <= 12) return 'comments prompt';
  if (words <= 25 && (/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(19|20)\d\d\b/.test(t) || /^(by|von|par|por|de|od|door|di)\s+\p{Lu}/iu.test(t)))
    return 'byline / date';
  if (words <= 3) return 'label (≤3 words)';
  if (/[.!?…:"“”»«)]$/.test(t) || words > 25) return words > 25 ? 'prose (long)' : 'prose (sentence)';
  return 'headline-like (no end stop)';
}

export interface Kept {
  line: string;
  place: Place;
  shape: string;
  run: number;
  /** Its 4-token shingles the truth has not got (about its false tokens). */
  falseShingles: number;
  cost: number;
}

/** Scores each body line: its shingles' true and false counts, in body order as the bench matches them. */
export function keptLines(truth: string, body: string): Kept[] {
  const lines = body.split('\n').filter((l) => l.trim());
  const tokens: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((l, i) => {
    for (const t of tokenize(l)) {
      tokens.push(t);
      lineOf.push(i);
    }
  });
  const want = new Map<string, number>();
  const tt = tokenize(truth);
  for (let i = 0; i < Math.max(1, tt.length - SHINGLE + 1); i++) {
    const k = tt.slice(i, i + SHINGLE).join('\u0001');
    if (k) want.set(k, (want.get(k) ?? 0) + 1);
  }
  const tp = new Array(lines.length).fill(0);
  const fp = new Array(lines.length).fill(0);
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    if (!tokens.length) break;
    const k = tokens.slice(i, i + SHINGLE).join('\u0001');
    const n = want.get(k) ?? 0;
    if (n > 0) {
      want.set(k, n - 1);
      tp[lineOf[i]]++;
    } else fp[lineOf[i]]++;
  }
  const TP = tp.reduce((a, b) => a + b, 0);
  const FP = fp.reduce((a, b) => a + b, 0);
  const isFalse = lines.map((_, i) => tp[i] + fp[i] > 0 && fp[i] / (tp[i] + fp[i]) >= FALSE_SHARE);
  const trueIdx = lines.map((_, i) => i).filter((i) => tp[i] > fp[i]);
  const first = trueIdx[0] ?? Infinity;
  const last = trueIdx.at(-1) ?? -Infinity;
  const prec = TP + FP ? TP / (TP + FP) : 0;
  const out: Kept[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isFalse[i]) continue;
    let a = i;
    let b = i;
    while (a > 0 && isFalse[a - 1]) a--;
    while (b < lines.length - 1 && isFalse[b + 1]) b++;
    const place: Place = !trueIdx.length ? 'alone' : i < first ? 'before' : i > last ? 'after' : 'inside';
    const rest = TP + FP - fp[i];
    out.push({ line: lines[i], place, shape: shapeOf(lines[i]), run: b - a + 1, falseShingles: fp[i], cost: rest > 0 ? TP / rest - prec : 0 });
  }
  return out;
}

