/**
 * Whether a Chinese text is written in Traditional characters (Taiwan, Hong Kong, Macau) or Simplified
 * ones, so its `lang` can say `zh-Hant`: the site then prints it with a Traditional Chinese font, whose
 * shapes differ from the Simplified font's for many characters the two share by code point (骨, 直, 角).
 * The language detector reads both as `zh` (the Han script), and a text seed has no tag at all: the
 * characters say it on both paths. A saved page's `<html lang>` ("zh-TW", "zh-Hant") decides only when the
 * characters say nothing (a short text, or one that writes none of the telling characters): sites copy
 * their templates' tags, so the text's own characters outrank it. The lists hold common characters written one way in Traditional text and
 * another in Simplified text (們/们, 這/这, 國/国), each used in only one of the two: characters that both
 * write (后, 里, 干, 系, 台, 着) are left out, so they count for neither.
 */

/** Traditional forms of common characters whose Simplified form differs (in the order of SIMPLIFIED). */
const TRADITIONAL = '們這國為說來會時個學發經對長開關門問間見東車馬鳥書將還進過動實現電話語認讓請記論設計議區華業務產農總應專際員歷氣熱點兩沒頭愛變樣體觀戰眾義樂寫軍辦師協號團層幫歲幣頁項順須領風飛飯驗魚齊龍億豐鄉買賣傳傷僅從優價統聯網絡質環報導資訊術權灣濟處參並級種類雙張與據當';
/** Their Simplified forms, one for one. */
const SIMPLIFIED = '们这国为说来会时个学发经对长开关门问间见东车马鸟书将还进过动实现电话语认让请记论设计议区华业务产农总应专际员历气热点两没头爱变样体观战众义乐写军办师协号团层帮岁币页项顺须领风飞饭验鱼齐龙亿丰乡买卖传伤仅从优价统联网络质环报导资讯术权湾济处参并级种类双张与据当';

const traditionalSet = new Set(TRADITIONAL);
const simplifiedSet = new Set(SIMPLIFIED);

/** Fewer telling characters than this and the text says nothing either way (a headline, a name). */
const FEW = 3;

/** "Hant" when the texts write more Traditional-only characters than Simplified-only ones (at least FEW), "Hans" the other way, else null. */
export function chineseScript(texts: Iterable<string>): 'Hant' | 'Hans' | null {
  let traditional = 0;
  let simplified = 0;
  for (const text of texts) {
    for (const ch of text) {
      if (traditionalSet.has(ch)) traditional++;
      else if (simplifiedSet.has(ch)) simplified++;
    }
  }
  if (traditional >= FEW && traditional > simplified) return 'Hant';
  if (simplified >= FEW && simplified > traditional) return 'Hans';
  return null;
}

/** Regions whose Chinese is written in Traditional characters by default (BCP 47 region subtags). */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The script a Chinese language tag names: its script subtag when it has one ("zh-Hant-HK", "zh-Hans-HK"),
 * else its region's ("zh-TW", "zh_HK"); null for a tag that names neither ("zh", "zh-SG" reads as nothing
 * here: Singapore writes Simplified, as a bare "zh" is read) or is not Chinese.
 */
export function scriptOfChineseTag(tag: string | null | undefined): 'Hant' | 'Hans' | null {
  const parts = tag?.trim().toLowerCase().split(/[-_]/) ?? [];
  if (parts[0] !== 'zh') return null;
  if (parts.includes('hant')) return 'Hant';
  if (parts.includes('hans')) return 'Hans';
  return parts.slice(1).some((p) => TRADITIONAL_REGIONS.has(p)) ? 'Hant' : null;
}

/**
 * The language to record for an article: `zh-Hant` for a Chinese text written in Traditional
 * characters (or, when its characters say nothing, one its page's tag declares Traditional), else the
 * detected language as it was (Simplified Chinese stays `zh`, as before). The texts (headline,
 * paragraphs) are read only for a Chinese article.
 */
export function withChineseScript(lang: string, texts: () => Iterable<string>, declaredTag?: string | null): string {
  if (lang !== 'zh') return lang;
  const script = chineseScript(texts()) ?? scriptOfChineseTag(declaredTag);
  return script === 'Hant' ? 'zh-Hant' : lang;
}
