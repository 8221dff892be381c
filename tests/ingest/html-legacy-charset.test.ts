/**
 * Saved pages in a legacy encoding: one that declares it (`<meta charset=shift_jis>`) is read in it;
 * one that declares none and is not UTF-8 is read in the encoding the text-seed detector finds
 * (lib/safety/legacy-encoding.ts) when it is confident, else Windows-1252 as before; ISO-2022-JP,
 * 7-bit and so valid UTF-8 byte for byte, is told by its escapes. Fixtures invented, encoded at test time.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { detectHtmlEncoding } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const TITLE = '港町の朝市に新しい漁船が来た';
const P1 = '港町の朝市は今日も賑わっていた。漁師の田中さんは新しい船で沖へ出て、昼前には大きな鯛を三匹持ち帰った。';
const P2 = '市場では新鮮な魚が次々と売れていく。組合の話では、来月から夕方の市も開かれる予定だという。';
const page = (head: string) =>
  `<!DOCTYPE html><html><head>${head}<title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;
const text = (bytes: Uint8Array) => {
  const outcome = processSeed('a.html', bytes, []);
  return { title: outcome.record?.title, body: outcome.body ?? '', entries: outcome.entries };
};

describe('saved pages in legacy encodings', () => {
  it('a Shift_JIS page that declares its charset is read in it', () => {
    const bytes = encodeLegacy(page('<meta charset="shift_jis">'), 'shift_jis');
    expect(detectHtmlEncoding(bytes).encoding).toBe('shift_jis');
    const { title, body } = text(bytes);
    expect(title).toBe(TITLE);
    expect(body).toContain(P1);
    expect(body).toContain(P2);
  });

  for (const encoding of ['shift_jis', 'euc-jp'] as LegacyEncoding[]) {
    it(`a ${encoding} page with no charset declaration is read in it, the report saying why`, () => {
      const bytes = encodeLegacy(page(''), encoding);
      const found = detectHtmlEncoding(bytes);
      expect(found.encoding).toBe(encoding);
      expect(found.why).toMatch(/^no declared charset and not valid UTF-8; \d+% of its characters plausible/);
      const { title, body, entries } = text(bytes);
      expect(title).toBe(TITLE);
      expect(body).toContain(P1);
      expect(entries.find((e) => e.rule === 'encoding')?.detail).toMatch(new RegExp(`^${encoding}: no declared charset`));
    });
  }

  it('a Korean page with no declaration, padded with a long head of scripts, is read as EUC-KR', () => {
    const korean = '<p>항구 도시의 아침 시장은 오늘도 붐볐다. 어부들은 새 배를 타고 바다로 나갔다.</p>';
    const head = `<script>${'var a = 1;\n'.repeat(800)}</script>`;
    const bytes = encodeLegacy(`<html><head>${head}<title>시장</title></head><body>${korean}</body></html>`, 'euc-kr');
    expect(detectHtmlEncoding(bytes).encoding).toBe('euc-kr');
  });

  it('an ISO-2022-JP page is read by its escapes, though its bytes are valid UTF-8', () => {
    for (const head of ['<meta charset="iso-2022-jp">', '']) {
      const bytes = encodeLegacy(page(head), 'iso-2022-jp');
      expect(detectHtmlEncoding(bytes).encoding).toBe('iso-2022-jp');
      expect(text(bytes).title).toBe(TITLE);
    }
  });

  it('a Windows-1252 page with no declaration stays Windows-1252', () => {
    const french = '<html><head><title>Le marché du port</title></head><body><p>Le marché du port a rouvert à l’aube, dit Ann Lee. « C’est la fête », a-t-elle ajouté.</p></body></html>';
    expect(detectHtmlEncoding(encodeLegacy(french, 'windows-1252')).encoding).toBe('windows-1252');
  });
});
