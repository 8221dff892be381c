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

// C0 controls except tab, line feed, vertical tab, form feed and carriage return (and NUL, read before); DEL.
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/g;

/** `units` with their control characters dropped, how many reported; a unit left with no text goes. */
export function withoutStrayControls(units: Unit[], report: Report): Unit[] {
  let count = 0;
  let read = 0;
  for (const unit of units) {
    // A table row's cells are what the page shows (<td>): read as its text, whose count covers theirs.
    if (unit.cells) unit.cells = unit.cells.map((cell) => withC1AsWindows1252(cell).text.replace(CONTROL, ''));
    const c1 = withC1AsWindows1252(unit.text);
    unit.text = c1.text;
    read += c1.count;
    if (!CONTROL.test(unit.text)) continue;
    CONTROL.lastIndex = 0;
    const before = unit.text.length;
    unit.text = unit.text.replace(CONTROL, '');
    count += before - unit.text.length;
  }
  if (read) report.add('html', 'c1-as-windows-1252', 'changed', undefined, `${read} C1 control character(s) read as the Windows-1252 characters of their bytes (U+0092 as ’, U+0096 as –)`);
  if (!count) return units;
  report.add('html', 'control-characters', 'removed', undefined, `${count} stray control character(s) in the page's text`);
  return units.filter((unit) => unit.text.trim());
}
