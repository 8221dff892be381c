/**
 * The chrome rules' shared pre-check (chrome-rules.ts ANY_SCANNED_MAY_MATCH) held to what it stands
 * for: the union must match a line exactly when one of the rules' own `mayMatch` does, and a line's
 * rule must be the one the plain search over every rule finds.
 */
import { describe, expect, it } from 'vitest';
import { ANY_SCANNED_MAY_MATCH, CHROME_RULES, chromeRuleOf, type ChromeRule } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

/** A seeded generator, so a failure reads the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const scanned = CHROME_RULES.filter((r) => r.mayMatch?.flags === 'i' && r.id !== 'read-also');
const anyOwnMayMatch = (line: string) => scanned.some((r) => r.mayMatch!.test(line));
/** The search as it was before the union: each rule's own check, then its pattern. */
const plainRuleOf = (line: string): ChromeRule | undefined => CHROME_RULES.find((r) => (!r.mayMatch || r.mayMatch.test(line)) && r.line.test(line));

const FIXED = [
  '', ' ', 'A paragraph about nothing in particular, long enough to be prose.', '© 2024 The Daily Example. All rights reserved.',
  '(c) Example Media', 'COPYRIGHT 2023', 'Todos os direitos reservados.', 'Alle Rechte vorbehalten', 'Tüm hakları saklıdır', 'TÜM HAKLARI SAKLIDIR',
  'Все права защищены', 'ВСЕ ПРАВА ЗАЩИЩЕНЫ', '版权所有', '無断転載を禁じます', '무단 전재 금지', 'Photo: Jane Doe', 'FOTO: dpa', 'Фото: ТАСС',
  '(Image: Getty)', 'Credit: Reuters', 'Artikel anhören', 'Laufzeit 8 Minuten', '1.5x', '2x', 'Story continues below advertisement',
  'We use cookies to improve your experience.', 'Accept all cookies', 'Fehler gefunden?', 'Report an error', 'Signaler une erreur', 'Zgłoś błąd',
  'ZGŁOŚ BŁĄD', 'Schicken Sie uns Ihr Feedback!', '4 min read', 'Lesezeit: 3 Min.', 'Время чтения: 5 минут', 'View this post on Instagram',
  'A post shared by Jane (@jane.doe)', 'Comentários serão moderados.', 'Kommentare werden moderiert', 'Über dieses Thema berichtete NDR Info',
  'By signing up you agree to our Terms', 'ſtory continueſ below', 'K', 'İmage', 'ımage', 'photoﬁ', 'Read also: another story',
];

describe('the chrome rules’ union pre-check', () => {
  it('holds every rule whose own check scans the line with the "i" flag, and no other', () => {
    expect(scanned.length).toBeGreaterThan(5);
    for (const r of CHROME_RULES) expect(r.mayMatch?.flags !== 'i' || r.id === 'read-also' || scanned.includes(r), r.id).toBe(true);
  });

  it('matches a line exactly when one of the rules’ own checks does, on fixed lines', () => {
    for (const line of FIXED) expect(ANY_SCANNED_MAY_MATCH.test(line), line).toBe(anyOwnMayMatch(line));
  });

  it('matches exactly as they do on random lines of their words, in any case, and of nasty characters', () => {
    const next = random(33);
    const parts = [
      'photo', 'IMAGE', 'credit', 'foto', 'bild', 'фото', 'ФОТО', 'cookie', 'feedback', 'continues', 'dieses thema', 'audio', 'anhören', 'laufzeit',
      'error', 'Fehler', 'błąd', 'BŁĄD', 'mistake', 'post', 'reel', 'video', 'coment', 'Kommentar', 'комментар', 'copyright', '©', '(c)', 'all rights reserved',
      'hakları', 'HAKLARI', 'права', '版权', '无', 'min', 'минут', '3', '1.5', 'x', ' ', ':', '.', 'ſ', 'K', 'İ', 'ı', 'ß', 'ẞ', '\u00a0', '\ud83d\ude00', 'a', 'Z',
    ];
    for (let i = 0; i < 20000; i++) {
      let line = '';
      const length = 1 + Math.floor(next() * 6);
      for (let j = 0; j < length; j++) line += parts[Math.floor(next() * parts.length)];
      expect(ANY_SCANNED_MAY_MATCH.test(line), line).toBe(anyOwnMayMatch(line));
    }
  });

  it('leaves each line the rule the plain search finds', () => {
    const next = random(34);
    const lines = [...FIXED];
    for (let i = 0; i < 3000; i++) lines.push(FIXED[Math.floor(next() * FIXED.length)] + ' ' + FIXED[Math.floor(next() * FIXED.length)]);
    // Twice: the second answer is the remembered one.
    for (const line of [...lines, ...lines]) expect(chromeRuleOf(line)?.id, line).toBe(plainRuleOf(line)?.id);
  });
});
