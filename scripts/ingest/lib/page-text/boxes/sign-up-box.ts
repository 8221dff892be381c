/**
 * A newsletter's sign-up box, found by the consent line under its form (chrome rule `sign-up-consent`):
 * the box's name ("Morning Briefing"), the line on what it brings ("Get the day's top stories in your
 * inbox."), the form's field and button ("Email", "Sign Up", "Jetzt Anmelden!") stand right above the
 * consent, and a button or a link to more newsletters right under it. The box may stand between the
 * article's paragraphs, so only its own lines go, each of a shape the box gives: buttons and fields of
 * a few words, then at most a pitch and a name, the topmost of them a name (no sentence end). An
 * article's short closing sentence above a box with no name stays. Used by clean, which removes the
 * box, and by main-text, for which the box's name is no heading of a box of other stories.
 */
import { countWords, endsLikeSentence } from '../language/text.ts';

/** A form's field or button: a few words, no full stop or question ("Sign Up", "E-Mail*", "Jetzt Anmelden!"). */
const BUTTON_WORDS = 4;
const isButton = (text: string) => countWords(text) <= BUTTON_WORDS && !/[.?…]\s*$/.test(text.trim());
/**
 * One of the form's own: a sign-up's word or an e-mail field ("Sign Up", "Jetzt Anmelden!", "Email",
 * "Get started", "I'm in"). Without one the lines above the consent are not known to be the box's
 * ("Read Later" over a video's consent line, under the article's standfirst).
 */
const FORM_WORD = /sign\s?(?:up|me up)|subscribe|anmeld|abonnier|registrier|suscr[ií]b|inscri|abonn|iscriv|assin|aanmeld|e-?mail|correo|get started|i['’]m in|join|go$/i;
/** Fields and buttons a form shows above its consent line, at most. */
const BUTTONS_ABOVE = 3;
/** The box's name: a heading ("Morning Briefing", "Hauptstadt Inside von Jane Doe"), no sentence end. */
const NAME_WORDS = 12;
const isName = (text: string) => countWords(text) <= NAME_WORDS && !endsLikeSentence(text);
/** The line on what the newsletter brings: one short sentence. */
const PITCH_WORDS = 25;
/** Under the consent: the sign-up's button, or a link to the site's other newsletters. */
const SIGN_UP_WORD = /sign\s?(?:up|me up)|subscribe|newsletter|anmeld|abonnier|registrier|suscr[ií]b|inscri|abonn|iscriv|assin|aanmeld|accept/i;
const UNDER_WORDS = 10;

export const SIGN_UP_BOX_WHY = "a newsletter's sign-up box around its consent line (its name, pitch, field and button)";

/** The box around the consent line at `c`: its first and last line (the consent's own when it shows none). */
export function signUpBoxAround(lines: string[], c: number): { top: number; bottom: number } {
  let top = c;
  for (let k = 0; k < BUTTONS_ABOVE && top - 1 >= 0 && isButton(lines[top - 1]); k++) top--;
  if (!lines.slice(top, c).some((l) => FORM_WORD.test(l))) top = c;
  const above = top < c ? lines[top - 1] : undefined;
  const twoAbove = lines[top - 2];
  if (above !== undefined && isName(above)) top -= 1;
  else if (above !== undefined && twoAbove !== undefined && countWords(above) <= PITCH_WORDS && isName(twoAbove)) top -= 2;
  const under = lines[c + 1];
  const bottom = under !== undefined && countWords(under) <= UNDER_WORDS && SIGN_UP_WORD.test(under) ? c + 1 : c;
  return { top, bottom };
}

/** The lines of each sign-up box around the consent lines at `consents` (indexes into lines), the consents left out. */
export function signUpBoxLines(lines: string[], consents: number[]): Set<number> {
  const box = new Set<number>();
  for (const c of consents) {
    const { top, bottom } = signUpBoxAround(lines, c);
    for (let i = top; i <= bottom; i++) if (i !== c) box.add(i);
  }
  return box;
}
