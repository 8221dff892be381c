/**
 * C0 control characters in a saved page's text blocks (all but the white space ones) and DEL: no text
 * is written with them and no browser shows them, yet left in they reached the article's MDX as raw
 * bytes. The text path drops them when it decodes a text (stages/decode.ts, which skips a file with
 * many as binary); a page's blocks have them dropped here, counted in the report. A page made mostly
 * of them is skipped before (lib/safety/unreadable-text.ts). NUL is lib/safety/nul-characters.ts's.
 *
 * C1 controls (U+0080–U+009F) are not dropped: in a page they are the trace of an encoding read wrong,
 * a Windows-1252 apostrophe stored as U+0092 ("we\u0092re"), and dropping them turns "we're" into
 * "were". They are read as the Windows-1252 characters of their bytes (lib/safety/c1-as-windows-1252.ts),
 * as the text path reads a text's, and counted.
 */
import type { Report } from '../../report.ts';
import type { Unit } from '../../types.ts';
import { withC1AsWindows1252 } from './c1-as-windows-1252.ts';
import { cleanShownTexts } from './shown-texts.ts';

// C0 controls except tab, line feed, vertical tab, form feed and carriage return (and NUL, read before); DEL.
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/g;

/** `units` with their control characters dropped, how many reported; a unit left with no text goes. */
export function withoutStrayControls(units: Unit[], report: Report): Unit[] {
  let count = 0;
  let read = 0;
  // A table row's cells read as its text, whose count covers theirs (shown-texts.ts).
  for (const unit of units) {
    cleanShownTexts(unit, (text, counted) => {
      const c1 = withC1AsWindows1252(text);
      const kept = c1.text.replace(CONTROL, '');
      if (counted) {
        read += c1.count;
        count += c1.text.length - kept.length;
      }
      return kept;
    });
  }
  if (read) report.add('html', 'c1-as-windows-1252', 'changed', undefined, `${read} C1 control character(s) read as the Windows-1252 characters of their bytes (U+0092 as ’, U+0096 as –)`);
  if (!count) return units;
  report.add('html', 'control-characters', 'removed', undefined, `${count} stray control character(s) in the page's text`);
  return units.filter((unit) => unit.text.trim());
}
