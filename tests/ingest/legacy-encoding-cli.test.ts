/**
 * End to end: the ingest CLI, run as a user runs it, on a seeds folder holding a Japanese text saved
 * in Shift_JIS (and a Russian one in Windows-1251, a Czech one in Windows-1250): each comes out as an article whose title and body
 * read as written, not as Windows-1252 mojibake. Invented text, encoded at test time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject, runIngestCli } from './cli-project.ts';
import { encodeLegacy } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const trees = tempTrees('legacy-encoding-cli-');
afterAll(trees.cleanup);

const JA_TITLE = '港町の朝市に新しい漁船が来た';
const JA_P1 = '港町の朝市は今日も賑わっていた。漁師の田中さんは新しい船で沖へ出て、昼前には大きな鯛を三匹持ち帰った。';
const JA_P2 = '市場では新鮮な魚が次々と売れていく。組合の話では、来月から夕方の市も開かれる予定だという。';
const RU_TITLE = 'В портовом городе открылся новый рынок';
const RU_P1 = 'Утренний рынок в портовом городе сегодня снова был полон людей. Рыбаки вышли в море на новой лодке и вернулись к полудню.';
const RU_P2 = 'Свежая рыба быстро разошлась, а со следующего месяца рынок будет работать и по вечерам, сообщили в кооперативе.';
const CS_TITLE = 'V přístavním městě se otevřel nový trh';
const CS_P1 = 'Ranní trh v přístavním městě byl dnes opět plný lidí. Rybáři vyjeli na nové lodi a vrátili se před polednem.';
const CS_P2 = 'Čerstvé ryby se rychle prodaly a od příštího měsíce bude trh otevřen i večer, řekl předseda družstva.';

describe('legacy-encoded text seeds through the CLI', () => {
  it('a Shift_JIS, a Windows-1251 and a Windows-1250 seed each become an article that reads as written', async () => {
    const { root, seedsDir } = ingestProject(trees, {
      seeds: {
        'harbor-market.txt': encodeLegacy(`${JA_TITLE}\n\n2021-11-12\n\n${JA_P1}\n\n${JA_P2}\n`, 'shift_jis'),
        'port-market.txt': encodeLegacy(`${RU_TITLE}\n\n2021-11-13\n\n${RU_P1}\n\n${RU_P2}\n`, 'windows-1251'),
        'pristav-trh.txt': encodeLegacy(`${CS_TITLE}\n\n2021-11-14\n\n${CS_P1}\n\n${CS_P2}\n`, 'windows-1250'),
      },
    });
    await runIngestCli(root, seedsDir);
    const articles = Object.entries(contentOf(root)).filter(([path]) => path.startsWith('articles/') && path.endsWith('.mdx'));
    expect(articles).toHaveLength(3);
    const ja = articles.find(([, mdx]) => mdx.includes(JA_P1))?.[1];
    const ru = articles.find(([, mdx]) => mdx.includes(RU_P1))?.[1];
    expect(ja).toMatch(new RegExp(`^title: ["']?${JA_TITLE}["']?$`, 'm'));
    expect(ja).toContain(JA_P2);
    expect(ru).toMatch(new RegExp(`^title: ["']?${RU_TITLE}["']?$`, 'm'));
    expect(ru).toContain(RU_P2);
    const cs = articles.find(([, mdx]) => mdx.includes(CS_P1))?.[1];
    expect(cs).toMatch(new RegExp(`^title: ["']?${CS_TITLE}["']?$`, 'm'));
    expect(cs).toContain(CS_P2);
  }, 120_000);
});
