/**
 * The post's tags near the run's foot: a label of the tags or categories the page filed the article
 * under ("Tags:", "Schlagworte:", "Etiquetas:", "Filed under", "Mots-clés :", "Tagi:"), alone on its
 * line or with its tags after the colon, and the tags under it. Sites print it where the article is
 * over, and what follows is the site's (other stories, the author's box, comments, the footer); the
 * run carried it when a little prose under it (a teaser's summary, the footer's blurb) weighed more.
 *
 * What keeps the article's own lines:
 * - the label is the line's opening word or phrase, then nothing, a colon and the tags (no sentence
 *   end: "Topics we cover this week are …" is a sentence), or the list under it;
 * - it stands near the run's foot: the prose under it is little beside the article's above it
 *   (UNDER_SHARE, MAX_UNDER_WORDS), so a label over the article (its tags under the headline) or a
 *   box of tags between paragraphs the article goes on under ends nothing;
 * - prose stands above it in the run;
 * - alone on its line, it heads short lines (its tags), not a paragraph: over one it is the heading
 *   of the article's last section ("Topics", "Themen").
 * The article then ends above the label, and each line from there on is reported with the reason.
 * Found with scripts/bench/extract/census/kept-lines.ts on the snippets' dev pages ("Schlagworte:",
 * "Etiquetas:", "Filed Under: …" kept past the article's end).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { closeFrom, linesNearTheFoot } from '../shared/near-the-foot.ts';

/** Prose under the label at most, as a share of the prose above it. */
const UNDER_SHARE = 0.25;
/** Prose under the label at most, in words. */
const MAX_UNDER_WORDS = 300;
/** Words of the tags after the label's colon at most. */
const TAG_WORDS = 30;

/**
 * The label's words in the languages most news on the web is written in. Arabic, Chinese, Japanese,
 * Korean, Indonesian and Turkish pages label the foot's tags as the others do ("الوسوم:", "标签：",
 * "タグ", "태그", "Kata kunci:", "Anahtar kelimeler:"); "Label" is left out, a music review's facts
 * name the record's label so.
 */
const TAGS_LABEL_WORDS = [
  String.raw`tags?|tagged(?: with)?|topics|filed under|markiert mit|categor(?:y|ies)`,
  String.raw`schlagw(?:orte|örter)|stichw(?:orte|örter)|kategorien?|themen(?: in diesem (?:artikel|beitrag))?`,
  String.raw`etiquetas|categorías?|temas|étiquettes|mots[- ]clés|catégories?|sujets|parole chiave|argomenti|categorie`,
  String.raw`palavras[- ]chave|tópicos|trefwoorden|onderwerpen|tagi|słowa kluczowe|kategorie|etiketler|anahtar kelimeler`,
  String.raw`метки|теги|ключевые слова|темы`,
  // Arabic: tags, key words, the words that point to the subject, categories.
  String.raw`ال?وسوم|ال?كلمات (?:ال)?مفتاحية|ال?كلمات (?:ال)?دلالية|كلمات دالة|ال?تصنيفات`,
  // Chinese (simplified and traditional), Japanese, Korean.
  String.raw`标签|標籤|标签云|[关關][键鍵]词|[关關][键鍵]字|[关關][键鍵]詞|タグ|関連キーワード|キーワード|태그|관련\s?태그|키워드|관련\s?키워드`,
  // Indonesian.
  String.raw`topik(?: terkait)?|kata kunci|kategori`,
].join('|');
const TAGS_LABEL = new RegExp(String.raw`^(?:${TAGS_LABEL_WORDS})(?:\s*[:：]\s*(.*)|\s*)$`, 'iu');
/** The phrases that say the words after them are the post's tags, with or without a colon ("Filed under bill clinton , warner bros."). */
const FILED_UNDER_PHRASES = String.raw`(?:filed under|tagged with|markiert mit|getaggt mit|verschlagwortet mit|abgelegt unter|archivado en|archivé dans|classé dans|archiviato in)`;
/** Such a phrase opening the line, then the tags. */
const FILED_UNDER = new RegExp(String.raw`^${FILED_UNDER_PHRASES}(?:\s*[:：])?\s+(\S.*)$`, 'iu');

export const TAGS_LABEL_WHY = "the page's foot: the tags or categories the article was filed under, and what follows them";

/** Tags after the label on its line ("Tags: Mode, Winter"). */
const TAGS_AFTER = new RegExp(String.raw`[:：]\s*\S|^${FILED_UNDER_PHRASES}\s+\S`, 'iu');

/** "Tags:", "Schlagworte: Mode, Winter", "Filed under": a label of the post's tags; not a sentence that opens on the word. */
export function isTagsLabel(line: string): boolean {
  const m = TAGS_LABEL.exec(line.trim()) ?? FILED_UNDER.exec(line.trim());
  if (!m) return false;
  const tags = (m[1] ?? '').trim();
  // A sentence ends on its mark in any script ("关键词：委员会将讨论…。" is a sentence, not tags).
  return !tags || ((!/[.!?…。！？]$/u.test(tags) || abbreviatedLastTag(tags)) && tags.split(/\s+/u).length <= TAG_WORDS);
}

/** A tag of a few words, the last word cut short by its full stop ("warner bros.", "Co."). */
const ABBREVIATED_TAG = /^[\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,2}\.$/u;
/** Letters of the abbreviated word at most. */
const ABBREVIATION_LETTERS = 4;

/**
 * "Filed under bill clinton , warner bros.": the tags are a list parted by commas, and the last one
 * ends on an abbreviation's full stop, not a sentence's. Each item is a tag of three words at most, with
 * no other mark of a sentence, and the full stop closes a short word.
 */
function abbreviatedLastTag(tags: string): boolean {
  // Split at each comma with the spaces around it (as /\s*,\s*/ would, without its scan back over a long run of spaces).
  const items = tags.split(',').map((t, i) => (i > 0 ? t.trimStart() : t)).map((t, i, all) => (i < all.length - 1 ? t.trimEnd() : t));
  if (items.length < 2 || !/^[^.!?…]*\.$/u.test(tags)) return false;
  const last = items[items.length - 1];
  const word = last.split(' ').pop() ?? '';
  return ABBREVIATED_TAG.test(last) && word.length - 1 <= ABBREVIATION_LETTERS && items.every((t) => t && t.split(/\s+/u).length <= 3);
}

/** Returns the article's last line: above the tags' label near the run's (start..end) foot, if any. */
export function aboveTheTagsLabel(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  for (const i of linesNearTheFoot(blocks, start, end, UNDER_SHARE, MAX_UNDER_WORDS)) {
    if (!isTagsLabel(lines[i])) continue;
    // A label alone heads its tags, short lines under it: over a paragraph it is the heading of the
    // article's last section ("Topics", "Themen").
    if (!TAGS_AFTER.test(lines[i]) && i < end && isParagraph(blocks[i + 1])) continue;
    return closeFrom(blocks, i, end, TAGS_LABEL_WHY);
  }
  return end;
}
