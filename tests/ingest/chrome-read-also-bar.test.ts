/**
 * "FUNDA FUTHI | Abasebenzi bechweba bavota ngesiteleka": a Zulu page's "read also" label ("funda
 * futhi", "funda nalokhu", "funda olunye udaba lapha"), and a bar between a label and the other
 * story's headline where other pages put a colon ("Lea también | …"). A sentence after the label,
 * or a label-less row of a table parted by bars, stays. Written for the test; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe('a "read also" link whose label a bar parts from its headline', () => {
  it('is a read-also link, in Zulu and under the other languages\' labels', () => {
    for (const line of [
      'FUNDA FUTHI | Abasebenzi bechweba bavota ngesiteleka',
      'Funda nalokhu: Umkhumbi omusha ufika ethekwini',
      'FUNDA OLUNYE UDABA LAPHA | Kuvulwa ibhuloho elisha edolobheni',
      'Lea también | Nuevo puente une los dos barrios del puerto',
      'Lesen Sie auch | Hafenfest mit Feuerwerk am Samstag',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'read-also' });
  });

  it('leaves a sentence after the label, and a row of a table', () => {
    expect(chromeRuleOf('Funda futhi | uqonde kahle ukuthi umthetho uthini ngaphambi kokuvota.')?.id).toBeUndefined();
    expect(chromeRuleOf('Funda futhi uqonde kahle ukuthi umthetho uthini')?.id).toBeUndefined();
    expect(chromeRuleOf('Hafen | 2023 | 14 Schiffe')?.id).toBeUndefined();
  });

  it('is left out of the article, which goes on under it', () => {
    const zu = [
      'Umkhandlu wedolobha uvule ngoMsombuluko ibhuloho elisha phezu komfula, elixhumanisa isifunda sasethekwini nenkaba yedolobha futhi linciphisa isikhathi sokuhamba ngesigamu sehora.',
      'Ngokusho komnyango wezokwakha, ukwakhiwa kwebhuloho kubize imali encane kunaleyo ebilindelwe futhi kuphele ezinyangeni ezimbili ngaphambi kwesikhathi esinqunyiwe.',
      'FUNDA FUTHI | Abasebenzi bechweba bavota ngesiteleka',
      'Abahwebi bendawo bathi ukuhamba kwabantu ezitolo sekukhulile futhi balindele ukuthengisa okungcono ngamaholide ekupheleni konyaka, lapho idolobha lithola izivakashi eziningi.',
      'Izakhamuzi zicele nomzila wamabhayisikili, umkhandlu othembisa ukuwucubungula onyakeni ozayo kanye nezinhlangano zendawo nabahwebi abaseduze nechweba.',
    ];
    const { record } = article(['Iphephandaba Lasechwebeni', 'Ibhuloho elisha phezu komfula', ...zu].join('\n'));
    expect(record.paragraphs.map((p) => p.text)).toEqual([zu[0], zu[1], zu[3], zu[4]]);
  });
});
