/**
 * A picture's zoom button ("사진 확대", "이미지 확대보기", "Enlarge image", "Bild vergrößern") and
 * the caption innerText gives right under it. A caption written as a sentence reads as a paragraph of
 * the article; under the button it is the picture's. Both are left out, and weigh as little as a
 * caption does, so the article runs on past them. A line of a few words under the button (a heading,
 * a credit) is judged as before. Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, leaveOutAsCaption } from '../shared/leave-out.ts';

/** The button alone on its line, in the languages of the pages that show it as text. */
const ZOOM_BUTTON = /^(?:사진\s?확대(?:보기)?|이미지\s?확대(?:보기)?|enlarge (?:this )?(?:image|photo|picture)|expand (?:image|photo)|bild vergrößern|foto vergrößern|agrandir (?:la photo|l['’]image)|ampliar (?:imagen|foto))$/iu;
const ZOOM_MAY_MATCH = /확대|enlarge|expand|vergrößern|agrandir|ampliar/i;
/** Words of a caption at least: fewer make a heading or a credit ("Illustration: Jane Smith"). */
const CAPTION_WORDS = 7;
/** A caption is one sentence (and its credit); sentences after sentences under the button are the article's, its picture uncaptioned. */
const PARAGRAPH_SENTENCES = 2;
const BUTTON_WHY = 'a picture\'s zoom button';
const CAPTION_WHY = 'a picture\'s caption (under its zoom button)';

export function captionsUnderZoomButtons(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || !ZOOM_MAY_MATCH.test(line) || !ZOOM_BUTTON.test(line)) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    const under = blocks[k];
    if (!under || under.cls === 'bad' || under.features.words < CAPTION_WORDS || under.features.sentenceMarks >= PARAGRAPH_SENTENCES) continue;
    leaveOut(blocks[i], BUTTON_WHY);
    leaveOutAsCaption(blocks[k], CAPTION_WHY);
  }
}
