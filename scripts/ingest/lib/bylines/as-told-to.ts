/**
 * "Amie Mock as told to Heather Eastman": a first-person story's byline names the one who tells it, then
 * the writer who set it down. The writer is the article's author; the teller is the story's subject.
 */
import { bareName } from './name-lines.ts';

const AS_TOLD_TO = ' as told to ';

/** The writer's name after "as told to" when both sides of it are a name's shape, else null. */
export function writerAsToldTo(line: string): string | null {
  // Cheap precheck: most header lines hold no "told" (in any case: "As Told To" sets it in Title Case).
  if (line.length > 120 || !/told/i.test(line)) return null;
  // Found as a string in the line with its spaces made single, not by a pattern with a run before the
  // phrase (super-linear on a long run of spaces: regex-audit).
  const text = line.trim().replace(/\s+/g, ' ');
  const at = text.toLowerCase().indexOf(AS_TOLD_TO);
  if (at === -1) return null;
  const [teller, writer] = [text.slice(0, at), text.slice(at + AS_TOLD_TO.length)];
  return bareName(teller) && bareName(writer) ? writer : null;
}
