/**
 * A gzip-compressed seed, unpacked: a page saved as `story.html.gz` (as wget, a crawler or a backup
 * writes one), a text as `notes.txt.gz`, or a page whose transfer's gzip was kept under a plain name
 * (curl without --compressed). Told by its bytes, whatever the name says. The bytes hold the whole page,
 * so a user who drops one in expects it read, not told to unpack it. It is unpacked no further than a
 * seed may be read (MAX_SEED_BYTES): a gzip that unpacks to more (a bomb: 200 MB of zeros in 200 KB) is
 * skipped, as a larger file is; one cut short or damaged is skipped saying so (file-signature.ts).
 * Only once: a gzip inside it is a file in a form that is not read (its reason says to unpack it).
 */
import { gunzipSync } from 'node:zlib';
import { SkipArticle, type Report } from '../../report.ts';
import { gzipDamage, isGzip } from './file-signature.ts';
import { MAX_SEED_BYTES } from './limits.ts';

export const GZIP_TOO_LARGE = `a gzip-compressed file that unpacks to more than ${MAX_SEED_BYTES.toLocaleString('en-US')} bytes, far more than any page: not read`;

/** The seed's bytes, unpacked when they are a gzip (the report saying so); any other bytes as they are. */
export function unpackedSeed(bytes: Uint8Array, report: Report): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  let unpacked: Uint8Array;
  try {
    unpacked = gunzipSync(bytes, { maxOutputLength: MAX_SEED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new SkipArticle(GZIP_TOO_LARGE);
    throw new SkipArticle(gzipDamage(bytes) ?? `a gzip-compressed file that cannot be unpacked: ${(error as Error).message}`);
  }
  report.add('decode', 'gzip', 'changed', undefined, `gzip-compressed: unpacked ${bytes.length} bytes to ${unpacked.length}`);
  return unpacked;
}
