/**
 * The text of a page's fields as they are compared: headline and name fields (lib/html/html-headline.ts) and
 * author fields (lib/html/html-meta.ts) alike.
 */
import { Parser } from 'htmlparser2';

/** Headline text compared across a page's fields: case, quote and dash styles and spacing aside. */
export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The words of a text that carry its meaning (letters or digits, two or more; any script). */
export const wordsOf = (s: string) => norm(s).match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/** Entities a CMS left in a value (JSON-LD strings, doubly encoded meta contents) read as the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text;
  let out = '';
  // A "<" is text here, never markup: it is escaped before the parser sees it.
  const parser = new Parser({ ontext: (t) => void (out += t) }, { decodeEntities: true });
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return out;
}

/** A name only the site goes by: its own name, its publisher's, its address's ("clevelandclinic"). */
export function namesTheSite(name: string, sites: string[]): boolean {
  const key = (s: string) => norm(s).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  const k = key(name);
  return sites.some((site) => key(site) === k || key(site.replace(/\.[a-z]{2,}$/i, '').split('.').pop() ?? '') === k);
}

/** One UTF-8 character's bytes, each read as the Latin-1 character of that code: a lead byte and its continuation bytes. */
const UTF8_AS_LATIN1 = /[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}/g;
/** The C1 control characters: no text has them, a UTF-8 continuation byte read as Latin-1 is one. */
const C1_CONTROL = /[\u0080-\u009F]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A field of a page whose UTF-8 text was read as Latin-1 once before it was saved
 * ("Investorâ\u0080\u0099s" for "Investor’s"), read as the page meant it. Only a run that holds a C1
 * control character and is one whole UTF-8 character is read again: "Ã©" or "Â£" may be written so.
 */
export function repairMojibake(text: string): string {
  if (!C1_CONTROL.test(text)) return text;
  return text.replace(UTF8_AS_LATIN1, (run) => {
    if (!C1_CONTROL.test(run)) return run;
    try {
      return strictUtf8.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
