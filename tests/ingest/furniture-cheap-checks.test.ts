/**
 * The cheap checks in front of two furniture patterns (lib/html/furniture/consent-placeholder.ts,
 * lib/html/furniture/html-label-lines.ts) reject only lines their pattern rejects too: on fixed,
 * nasty and random lines of the patterns' own words.
 */
import { describe, expect, it } from 'vitest';
import { EXTERNAL_PATTERNS } from '../../scripts/ingest/lib/html/furniture/consent-placeholder.ts';
import { PLACEHOLDER_MAY_MATCH } from '../../scripts/ingest/lib/page-text/boxes/german-consent-placeholder-lines.ts';
import { isAdSlotLabel, SLOT_NUMBER_PATTERN } from '../../scripts/ingest/lib/html/furniture/html-label-lines.ts';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}
function lines(seed: number, parts: string[], count: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = '';
    const length = Math.floor(next() * 7);
    for (let j = 0; j < length; j++) line += parts[Math.floor(next() * parts.length)];
    out.push(line);
  }
  return out;
}

describe('the check in front of the external-content pattern', () => {
  const { EXTERNAL, MAY_BE_EXTERNAL } = EXTERNAL_PATTERNS;
  it('passes every line the pattern matches', () => {
    const parts = [
      'external ', 'EXTERNAL', 'content', 'media', 'third', 'THIRD', '-', ' ', 'party ', 'provider', 'platform', 'services', 'contenus ', 'contenu ', 'externes',
      'tiers', 'contenido ', 'externo', 'contenuti ', 'esterni', 'externe ', 'inhoud', 'conteúdo ', 'CONTEÚDO ', 'treści ', 'TREŚCI ', 'zewnętrznych', 'externen ',
      'inhalte', 'Drittanbieter', 'drittplattformen', 'ſ', 'K', 'İ', 'ı', 'ß', 'x', 'é', '\u00a0', '\ud83d\ude00',
    ];
    const fixed = ['Load external content', 'Third-party content', 'Afficher le contenu externe', 'Contenido externo', 'Externe Inhalte laden', 'Treści zewnętrzne', 'Drittanbieter-Inhalte', 'A plain line.'];
    for (const line of [...fixed, ...lines(38, parts, 20000)]) if (EXTERNAL.test(line)) expect(MAY_BE_EXTERNAL.test(line), JSON.stringify(line)).toBe(true);
  });
});

describe('the one scan in front of both consent-placeholder checks', () => {
  const { MAY_BE_EXTERNAL, MAY_BE_PLACEHOLDER } = EXTERNAL_PATTERNS;
  it('passes every line either check passes', () => {
    const parts = [
      'Einverstanden', 'EINVERSTANDEN', 'an dieser Stelle', 'An  dieser stelle', 'redaktioneller Inhalt', 'Inhalte', 'INHALT', 'inhalt', 'Inhalts', 'drittplattform', 'DRITT',
      'extern', 'Third', 'conte', 'CONTE', 'treś', 'TREŚ', 'ſ', 'K', 'İ', 'ı', 'ß', 'x', 'e', ' ', '-', '\u00a0', '\ud83d\ude00',
    ];
    const fixed = ['Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.', 'Externe Inhalte laden', 'Load external content', 'Empfohlener redaktioneller Inhalt', 'inhaltſ', 'A plain line.'];
    for (const line of [...fixed, ...lines(40, parts, 20000)]) {
      if (MAY_BE_EXTERNAL.test(line) || PLACEHOLDER_MAY_MATCH.test(line)) expect(MAY_BE_PLACEHOLDER.test(line), JSON.stringify(line)).toBe(true);
    }
  });
});

describe('the check in front of the ad slot pattern', () => {
  it('answers as the pattern alone did', () => {
    const parts = ['Advertisement', 'Anzeige', 'Werbung', 'ad', ' ', '  ', '\t', '1', '2', '12', '123', '٣', '１', 'x', '.', '\u00a0', '\ud83d\ude00'];
    const fixed = ['Advertisement 2', 'Anzeige 1', 'Advertisement', 'Advertisement 2.', 'Advertisement ٣', '', '1', ' 1'];
    for (const line of [...fixed, ...lines(39, parts, 20000)]) {
      const numbered = SLOT_NUMBER_PATTERN.exec(line);
      expect(isAdSlotLabel(line), JSON.stringify(line)).toBe(!!numbered && chromeRuleOf(numbered[1])?.id === 'ad-label');
    }
  });
});
