/**
 * Bylines the other languages write in shapes of their own, on the text path: an author's box headed
 * "Sobre la firma" or "この記事の筆者" over the name (a Japanese name has no capitals to check), the
 * writers' role in brackets after their names beside the stamp ("(Enviado especial)"), the kind of
 * piece and its preposition alone over the name ("Kommentar von" / "Anna Berg"), and the names one a
 * line under "By" with the writer's role run into a line ("Ann LeeNews Reporter").
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { namesBeforeRoleNote } from '../../scripts/ingest/lib/bylines/role-note.ts';
import { caselessName } from '../../scripts/ingest/lib/bylines/name-shape.ts';

const ES = 'El ayuntamiento anunció que el programa apoyará la investigación conjunta de científicos de varios países durante los próximos cinco años.';
const esBody = [ES, ES, ES].join('\n');
const JA = '市は来年から五年間、各国の研究者による共同研究を支援すると発表した。担当部署は年内に詳しい計画をまとめる予定だという。';
const jaBody = [JA, JA, JA].join('\n');

describe("text bylines: an author's box heading in other languages", () => {
  it('reads the name under "Sobre la firma" after the article', () => {
    const text = `Portada\nEl puerto abre un nuevo muelle\n4 de marzo de 2025\n${esBody}\nSobre la firma\nLucía Varela Ibáñez\nVer biografía\nComentarios`;
    expect(article(text).record.author).toBe('Lucía Varela Ibáñez');
  });

  it('reads a Japanese name under "この記事の筆者" or "この記事を書いた人"', () => {
    for (const heading of ['この記事の筆者', 'この記事を書いた人']) {
      const text = `ホーム\n港に新しい岸壁\n2025年3月4日\n${jaBody}\n関連記事\n${heading}\n山田花子\nフォロー\nランキング`;
      expect(article(text).record.author).toBe('山田花子');
    }
  });

  it('under the heading, a long run of characters, a line in kana or an empty box names nobody', () => {
    for (const under of ['港湾局の発表によると今年は増える見通し', 'フォロー', '']) {
      const text = `ホーム\n港に新しい岸壁\n2025年3月4日\n${jaBody}\nこの記事の筆者\n${under}\nランキング`;
      expect(article(text).record.author).toBeNull();
    }
    expect(caselessName('山田花子')).toBe(true);
    expect(caselessName('홍길동')).toBe(true);
    expect(caselessName('港湾局の発表')).toBe(false);
    expect(caselessName('Anna')).toBe(false);
  });
});

describe("text bylines: the writers' role in brackets beside the stamp", () => {
  it('reads every name of the list before "(Enviado especial)"', () => {
    const text = `Portada\nEl puerto abre un nuevo muelle\nLucía Varela, Tomás Ordóñez (Enviado especial)\nVigo\n04/03/2025 10:20\n${esBody}`;
    expect(article(text).record.author).toBe('Lucía Varela, Tomás Ordóñez');
  });

  it('the note must be a role; the names before it must be names', () => {
    expect(namesBeforeRoleNote('Lucía Varela (Corresponsal)')).toBe('Lucía Varela');
    expect(namesBeforeRoleNote('Lucía Varela, Tomás Ordóñez (enviados especiales)')).toBe('Lucía Varela and Tomás Ordóñez');
    expect(namesBeforeRoleNote('Lucía Varela (Vigo)')).toBeNull();
    expect(namesBeforeRoleNote('Ver más artículos (Corresponsal)')).toBeNull();
    expect(namesBeforeRoleNote('El puerto abre un muelle nuevo (Enviado especial)')).toBeNull();
    expect(namesBeforeRoleNote('(Corresponsal)')).toBeNull();
  });
});

describe('text bylines: a label of the kind of piece alone over the name', () => {
  it('reads "Kommentar von" / the name / the role', () => {
    const text = `Startseite\nDer Hafen öffnet einen neuen Kai\n4. 3. 2025, 10:20 Uhr\nKommentar von\nAnna Bergmann\nRedakteurin\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Anna Bergmann');
  });
});

describe('text bylines: names one a line under "By", a role run into a line', () => {
  it('lists every name, without the roles run into them', () => {
    const text = `Home\nThe harbour opens a new quay\nBy\nAnn LeeNews Reporter\nTom MarshNews Reporter\nJo Park\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Ann Lee, Tom Marsh and Jo Park');
  });
});

describe('text bylines: the names and the commas of their list on lines of their own under "By"', () => {
  it('reads every name past the comma lines and the joining word', () => {
    const text = `Home\nThe harbour opens a new quay\nBy\nAnn Lee\n,\nTom Marsh\n, and\nJo Park\nUpdated on March 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Ann Lee, Tom Marsh and Jo Park');
  });

  it('a comma line then a line that is no name ends the list', () => {
    const text = `Home\nThe harbour opens a new quay\nBy\nAnn Lee\n,\nUpdated on March 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Ann Lee');
  });
});


describe('text bylines: the Indonesian author noun', () => {
  const ID = 'Pemerintah kota menyatakan program itu akan mendukung penelitian bersama para ilmuwan dari berbagai negara selama lima tahun ke depan.';
  const page = (byline: string) => `Beranda\nBerita\nPelabuhan membuka dermaga baru untuk kapal kontainer\n4 Maret 2025\n${byline}\n${ID}\n${ID}\n${ID}`;

  it('reads the name after "Penulis", with its colon, a space or a line between', () => {
    for (const byline of ['Penulis: Budi Santoso', 'Penulis Budi Santoso', 'Penulis\nBudi Santoso']) expect(article(page(byline)).record.author).toBe('Budi Santoso');
  });

  it('an editor is no author', () => {
    expect(article(page('Editor: Siti Aminah')).record.author).toBeNull();
    expect(article(page('Reporter: Budi Santoso\nEditor: Siti Aminah')).record.author).toBe('Budi Santoso');
  });
});
