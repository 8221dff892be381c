/** The stack of an error processSeed caught as "could not be read": the article stages run again, without its catch. */
import { processArticle } from '../../ingest/pipeline.ts';
import { Report, SkipArticle } from '../../ingest/report.ts';
import type { TopicMatcher } from '../../ingest/stages/topics.ts';

export function stackOf(seed: string, bytes: Uint8Array, matchers: TopicMatcher[]): string {
  try {
    processArticle(seed, bytes, matchers, new Report(seed));
    return 'no error the second time';
  } catch (error) {
    if (error instanceof SkipArticle) return `a skip the second time: ${error.reason}`;
    return ((error as Error).stack ?? String(error)).split('\n').slice(0, 12).join('\n');
  }
}
