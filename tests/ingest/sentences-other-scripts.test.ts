/**
 * A sentence that opens with a capital outside ASCII (Turkish "İ", Cyrillic, Greek, an accented Latin
 * capital) or with a letter of a script without case (Hangul, Arabic, Hebrew) is a sentence of its
 * own: the splitter only knew A–Z, so a Russian, Turkish or Korean paragraph was one sentence, and an
 * article's summary (its description on every link) was its whole first paragraph. Initials in those
 * scripts ("В. Путин") still hold their name together.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

describe('sentences in other scripts', () => {
  it('split before a capital outside ASCII or a letter of a script without case', () => {
    expect(splitSentences("Hasar büyük çıktı. İzmir'in ilçesinde kimse yaralanmadı.")).toEqual(['Hasar büyük çıktı.', "İzmir'in ilçesinde kimse yaralanmadı."]);
    expect(splitSentences('Проект начался в 2020 году. Власти его одобрили.')).toEqual(['Проект начался в 2020 году.', 'Власти его одобрили.']);
    expect(splitSentences('Το έργο ξεκίνησε. Η κυβέρνηση το ενέκρινε.')).toEqual(['Το έργο ξεκίνησε.', 'Η κυβέρνηση το ενέκρινε.']);
    expect(splitSentences('Der Plan steht. Über die Kosten wird gestritten.')).toEqual(['Der Plan steht.', 'Über die Kosten wird gestritten.']);
    expect(splitSentences('연구소가 문을 열었다. 이번 협력은 3년간 이어진다.')).toEqual(['연구소가 문을 열었다.', '이번 협력은 3년간 이어진다.']);
    expect(splitSentences('افتتح المركز أمس. وقال المدير إن التعاون سيستمر.')).toEqual(['افتتح المركز أمس.', 'وقال المدير إن التعاون سيستمر.']);
  });

  it('keep an initial in another script with its name, and a small letter after a full stop', () => {
    expect(splitSentences('Об этом сообщил В. Путин на встрече.')).toEqual(['Об этом сообщил В. Путин на встрече.']);
    expect(splitSentences('Açıklamayı Ö. Yılmaz yaptı.')).toEqual(['Açıklamayı Ö. Yılmaz yaptı.']);
    expect(splitSentences('Цена выросла на 5 т. д. и далее.')).toEqual(['Цена выросла на 5 т. д. и далее.']);
  });
});
