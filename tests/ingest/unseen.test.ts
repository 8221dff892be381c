/**
 * Articles the ingest was not written against: other outlets' page layouts, other encodings,
 * another language. Each fixture is made here byte for byte, so the encodings are exact.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((ch) => { const c = ch.charCodeAt(0); return [c & 0xff, c >> 8]; })]);
/** Windows-1252 for the characters used below (ASCII, curly quotes, dashes, é). */
const cp1252 = (s: string) => {
  const table: Record<string, number> = { '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '—': 0x97, '–': 0x96, 'é': 0xe9, 'è': 0xe8, 'ü': 0xfc, '€': 0x80 };
  return new Uint8Array([...s].map((ch) => table[ch] ?? ch.charCodeAt(0)));
};
const paragraphsOf = (r: ReturnType<typeof article>) => r.record.paragraphs.map((p) => p.text);

describe('unseen articles', () => {
  it('a portal page in UTF-8 with BOM and CRLF: breadcrumbs, byline with stamp, share buttons, related links', () => {
    const text = `Home / China / Science
China, EU scientists join hands on fusion research
By LI WEI | chinadaily.com.cn | Updated: 2021-03-15 08:12
Share
Tweet

Scientists from China and the European Union will build a new test stand for ITER components in Hefei, the Chinese Academy of Sciences said on Monday.
The stand will test magnet coils before they are shipped to the ITER site in southern France, said Luo Delong, director general of the ITER China office.
“Fusion is a long road, and we walk it together,” Luo said.

Related Stories
China’s artificial sun sets new record
Copyright 1995 - 2021. All rights reserved.`;
    const r = article(withBom(new TextEncoder().encode(crlf(text))));
    expect(r.record.title).toBe('China, EU scientists join hands on fusion research');
    expect(r.record.author).toBe('LI WEI');
    // The page's only date is its update: dated by it, as an update (tests/ingest/dates-update-source.test.ts).
    expect(r.record.date).toMatchObject({ date: '2021-03-15', source: 'update' });
    expect(paragraphsOf(r)).toHaveLength(3);
    expect(paragraphsOf(r).join(' ')).not.toMatch(/Share|Tweet|Related|artificial sun|Copyright|Home \//);
    expect(r.record.topics).toEqual(['iter']);
    expect(r.record.people).toEqual([{ slug: 'luo-delong', name: 'Luo Delong', role: 'director general of the ITER China office' }]);
  });

  it('a wire story in Windows-1252 with curly quotes, agency dateline without a date, and credits', () => {
    const text = `China joins COVAX vaccine facility, says it will share doses
October 9, 2020 / 3:21 AM / Updated 2 years ago
By Jane Smith

BEIJING (Reuters) - China has formally joined the COVAX global vaccine facility, the foreign ministry said on Friday, in a move that could give developing nations more doses.

“China will take concrete actions to ensure vaccines are a global public good,” ministry spokeswoman Hua Chunying said in a statement.

The facility, co-led by the World Health Organization, aims to deliver two billion doses by the end of 2021 — enough for 20% of the people in member countries.

(Reporting by Jane Smith; Editing by Tom Hogue)`;
    const r = article(cp1252(text));
    expect(paragraphsOf(r).join('\n')).toContain('“China will take concrete actions');
    expect(paragraphsOf(r).join('\n')).not.toContain('\uFFFD');
    expect(r.record.title).toBe('China joins COVAX vaccine facility, says it will share doses');
    expect(r.record.outlet).toBe('Reuters');
    expect(r.record.author).toBe('Jane Smith');
    expect(r.record.date).toMatchObject({ date: '2020-10-09', source: 'explicit' });
    expect(r.record.topics).toEqual(['covax']);
    expect(r.record.people.map((p) => [p.name, p.role])).toEqual([['Hua Chunying', 'ministry spokeswoman']]);
    expect(paragraphsOf(r)).toHaveLength(3);
    expect(r.record.figures.map((f) => [f.value, f.key])).toEqual(expect.arrayContaining([[2e9, 'dose'], [20, 'per cent']]));
  });

  it('a Chinese article in UTF-16 LE: CJK text intact, Chinese stamp and source, Chinese topic names', () => {
    const text = `中国正式加入“新冠肺炎疫苗实施计划”
2020年10月9日 08:30  来源：新华网

新华社北京10月9日电 中国政府9日正式加入新冠肺炎疫苗实施计划，这是中国推动疫苗成为全球公共产品的重要举措。外交部发言人表示，中国将与各方一道推动疫苗公平分配。

中国科学家还参与国际热核聚变实验堆和平方公里阵列等国际大科学工程，并推进“一带一路”科技创新合作。`;
    const r = article(utf16le(text));
    expect(r.record.title).toBe('中国正式加入“新冠肺炎疫苗实施计划”');
    expect(r.record.outlet).toBe('新华网');
    expect(r.record.date).toMatchObject({ date: '2020-10-09', source: 'explicit' });
    expect(r.record.paragraphs).toHaveLength(2);
    expect(r.record.paragraphs[0].sentences).toHaveLength(2);
    expect(r.record.topics).toEqual(['iter', 'ska', 'belt-and-road', 'covax']);
  });

  it('a hard-wrapped plain-text article with a Published line', () => {
    const text = `Radio astronomers finish first SKA dish prototypes

Published: 14 March 2021
By Ana García

Engineers in Shijiazhuang have finished the first two dish prototypes
for the Square Kilometre Array, the telescope's organisers said on
Sunday, after four years of design work with partners in Europe and
South Africa.

The dishes, each fifteen metres across, will be shipped to the
Karoo desert in South Africa later this year for tests under real
observing conditions, the organisers said in a statement.`;
    const r = article(text);
    expect(r.record.title).toBe('Radio astronomers finish first SKA dish prototypes');
    expect(r.record.date).toMatchObject({ date: '2021-03-14', source: 'explicit' });
    expect(r.record.author).toBe('Ana García');
    expect(paragraphsOf(r)).toHaveLength(2);
    expect(paragraphsOf(r)[0]).toMatch(/^Engineers in Shijiazhuang .* South Africa\.$/);
    expect(r.record.topics).toEqual(['ska']);
  });

  it('a Latin-1 page whose body was scraped three times, with ads between the copies', () => {
    const body = 'Le ministère a annoncé une coopération élargie avec douze pays partenaires dans la recherche sur le climat et la santé.\nLes premiers laboratoires communs ouvriront en 2022 selon le ministère, qui a précisé le calendrier lundi.';
    const text = `Coopération scientifique élargie\n\n${body}\nAdvertisement\n${body}\nAdvertisement\n${body}`;
    const r = article(new Uint8Array([...text].map((c) => c.charCodeAt(0)))); // Latin-1: one byte per character
    expect(r.record.title).toBe('Coopération scientifique élargie');
    expect(paragraphsOf(r)).toEqual(body.split('\n'));
  });

  it('text that looks like code stays text', () => {
    const lines = ['import { x } from "y"', 'export default {}', '<script>alert(1)</script> and {curly} and <Tag />'];
    const text = `Code on the page\n\n${lines.map((l) => `${l} appears in this long sentence that reads like prose for the test.`).join('\n\n')}`;
    const r = article(text);
    expect(paragraphsOf(r)).toEqual(lines.map((l) => `${l} appears in this long sentence that reads like prose for the test.`));
  });
});
