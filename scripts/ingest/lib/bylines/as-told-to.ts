/**
 * "Amie Mock as told to Heather Eastman": a first-person story's byline names the one who tells it, then
 * the writer who set it down. The writer is the article's author; the teller is the story's subject.
 */
import { bareName } from './name-lines.ts';

const AS_TOLD_TO = /^(.+?)\s+as\s+told\s+to\s+(.+)$/i;

/** The writer's name after "as told to" when both sides of it are a name's shape, else null. */
export function writerAsToldTo(line: string): string | null {
  // Cheap precheck: most header lines hold no "told".
  if (!line.includes('told') || line.length > 120) return null;
  const match = AS_TOLD_TO.exec(line.trim());
  if (!match || !bareName(match[1]) || !bareName(match[2])) return null;
  return match[2].trim();
}
