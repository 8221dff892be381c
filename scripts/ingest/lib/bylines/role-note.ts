/**
 * "Ana Gómez, Luis Roca (Enviado especial)", "Anna Berg (Korrespondentin)": the writers' names, then
 * their role in brackets, the way many newsrooms set a byline beside the article's stamp. The note says
 * the names are people (an outlet carries no role), so a list before it names every writer.
 */
import { commaParts, isRole, joinNames } from './author.ts';
import { bareName, namesList } from './name-lines.ts';

/** The bracketed note closing the line, a few words at most. Group 1 is what the line holds before it, group 2 the note. */
const CLOSING_NOTE = /^([^()]{3,120}?)\s*\(([^()]{2,40})\)$/u;

/**
 * The names before a role note, joined as a list ("Ana Gómez and Luis Roca"), or null when the
 * line has no such note or what comes before it is no name or list of names.
 */
export function namesBeforeRoleNote(line: string): string | null {
  const m = CLOSING_NOTE.exec(line.trim());
  if (!m || !isRole(m[2].trim())) return null;
  const names = m[1].trim();
  if (bareName(names)) return names;
  if (!namesList(names)) return null;
  // namesList has checked each part is a bare name: a comma or the joining word sets them apart.
  const parts = commaParts(names);
  return parts.length > 1 ? joinNames(parts) : names;
}
