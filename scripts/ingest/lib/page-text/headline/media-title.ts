/**
 * A clip's or a gallery's title as a media player lists it: run into its label ("Video:Gunman kills
 * 13", "Slideshow: Storm damage", "Play Video Economy Video:…"), or closed by the clip's running time
 * ("… crosses Queensland coast1:54", "… shoring up its levees (2:40)", "… Readership 3:56"). Such a
 * title tells the article's story in its words (it is the article's clip), often right over the
 * byline or the first paragraph, and scores as its headline would; the headline itself never carries
 * a player's label or a running time.
 */

/** A player's button, or a media label run into the title by its colon, at the line's start. */
const MEDIA_RUN_IN = /^(?:play (?:video|audio|clip)\b|(?:videos?|slide ?shows?|photos?|photo gallery|gallery|audio|podcast|vídeos?|fotos?|galeria|galerie|видео|фото|视频|動画|영상)\s?[:：])/iu;
/** A running time at the line's end: minutes and seconds, in brackets or not, glued to the title or not. */
const RUNNING_TIME = /(?:^|[^\d:.])\(?\d{1,2}:[0-5]\d\)?$/u;

/**
 * "… meets at 7:30", "… tagt um 19:30", "… se réunit à 20:30", "… a las 7:30": a time of day after its
 * preposition closes a headline that tells when; a running time stands alone, in brackets or glued on.
 */
const CLOCK_TIME = /(?:^|\s)(?:at|by|from|until|till|before|after|around|since|um|ab|bis|gegen|à|às|a las|alle|om|kl\.?)\s\d{1,2}:[0-5]\d$/iu;
/** How much of the line's end the clock time is read in: the preposition and the time. */
const CLOCK_TIME_TAIL = 16;

/** Is the line a clip's or a gallery's title, by its label run in or its running time? */
export function mediaTitle(line: string): boolean {
  const text = line.trim();
  return MEDIA_RUN_IN.test(text) || (RUNNING_TIME.test(text) && !CLOCK_TIME.test(text.slice(-CLOCK_TIME_TAIL)));
}
