/** The importers' guess of a case's language, when the set gives none (recorded in case.json). */

/** The page's language as its text shows it: script first, then the commonest function words. */
export function guessLang(text: string): string {
  const sample = text.slice(0, 20000);
  const letters = Math.max(1, (sample.match(/\p{L}/gu) ?? []).length);
  const share = (re: RegExp) => (sample.match(re) ?? []).length / letters;
  if (share(/[\u3040-\u30ff]/g) > 0.05) return 'ja';
  if (share(/[\uac00-\ud7af]/g) > 0.2) return 'ko';
  if (share(/[\u4e00-\u9fff]/g) > 0.2) return 'zh';
  if (share(/[\u0400-\u04ff]/g) > 0.3) return 'ru';
  if (share(/[\u0600-\u06ff]/g) > 0.3) return 'ar';
  if (share(/[\u0590-\u05ff]/g) > 0.3) return 'he';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sets: Record<string, string[]> = {
    en: ['the', 'and', 'of', 'to', 'is', 'that', 'with'],
    es: ['el', 'los', 'las', 'del', 'por', 'una', 'en', 'es', 'y'],
    pt: ['não', 'uma', 'com', 'os', 'da', 'do', 'são', 'ao', 'em', 'você', 'mais', 'e'],
    fr: ['le', 'les', 'des', 'est', 'pour', 'une', 'dans'],
    de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit'],
    it: ['il', 'della', 'che', 'per', 'non', 'sono', 'gli'],
    id: ['yang', 'dan', 'di', 'dengan', 'untuk', 'ini', 'dari'],
    cs: ['je', 'se', 'na', 'že', 'jako', 've', 'pro'],
  };
  let best = 'en';
  let bestScore = -1;
  for (const [lang, list] of Object.entries(sets)) {
    const set = new Set(list);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}
