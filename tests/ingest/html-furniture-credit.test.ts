/**
 * lib/html/furniture/html-furniture.ts asks a plain search before its photo-credit pattern: the fast form must answer
 * exactly as the pattern alone, on captions, on prose and on strings made of the pattern's own pieces.
 */
import { describe, expect, it } from 'vitest';
import { isPhotoCredit, PHOTO_CREDIT_PATTERN } from '../../scripts/ingest/lib/html/furniture/html-furniture.ts';

const CAPTIONS = [
  'Flood waters in the city centre on Tuesday.Credit: EPA',
  'Photo: Jane Doe, AP',
  '(AP Photo/Ruth Calder, File)',
  'Photograph by Jane Doe/AFP/Getty Images',
  '(Image credit: NASA)',
  'A researcher at work. PHOTO: Reuters',
  'Members of the team. IMAGE: University of Lagos',
  'The new telescope | Getty Images',
  'The lab in 2019 (Picture by Chen Li)',
  'Foto: Agência Brasil',
  'The launch site/Getty Images)',
  'Ein Bäcker in seiner Backstube am HafenBild: Jan Berg/NA',
  'Der Hafen am Morgen | Bildquelle: Stadtarchiv',
];
const PROSE = [
  'China has launched a new science programme with twelve countries in Africa, the ministry said.',
  'The photo of the rocket was taken by a student, who said the image would be shown at the museum.',
  'Credit card spending rose by 4 percent in March.',
  'Мы сделали фото на месте событий.',
  '',
  'oto mage redit icture',
];

/** The pattern's own words and marks, and others, joined at random (a fixed seed: the same strings every run). */
const PIECES = ['Credit', 'credit', 'CREDIT', 'Photo', 'photo', 'PHOTO', 'Photograph', 'Foto', 'foto', 'Image', 'image', 'IMAGE', 'Picture', 'picture', 'Getty Images', 'Getty', 'Bild', 'Bildquelle', 'bild', 'Images', ': ', ':', ' by ', '/', '|', ' | ', '(', ')', '.', ' ', '  ', 'Jane Doe', 'AP', 'Émile', 'été', 'x', 'oto', 'mage', 'redit', 'icture', '!', '?', '\n', '图片', 'Ф'];

function* randomStrings(count: number): Generator<string> {
  let seed = 20261201;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = 1 + Math.floor(next() * 8);
    for (let j = 0; j < parts; j++) text += PIECES[Math.floor(next() * PIECES.length)];
    yield text;
  }
}

describe('isPhotoCredit', () => {
  it.each([...CAPTIONS, ...PROSE])('answers as the pattern on "%s"', (text) => {
    expect(isPhotoCredit(text)).toBe(PHOTO_CREDIT_PATTERN.test(text));
  });

  it('finds the credit of every caption', () => {
    for (const text of CAPTIONS) expect(isPhotoCredit(text), text).toBe(true);
  });

  it('answers as the pattern on 20,000 strings made of its pieces', () => {
    let matched = 0;
    for (const text of randomStrings(20_000)) {
      const expected = PHOTO_CREDIT_PATTERN.test(text);
      if (expected) matched++;
      if (isPhotoCredit(text) !== expected) expect.fail(`differs on ${JSON.stringify(text)}`);
    }
    // The strings reach the pattern's matches, not only its misses.
    expect(matched).toBeGreaterThan(500);
  });
});
