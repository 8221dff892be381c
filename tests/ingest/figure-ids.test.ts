/**
 * A figure's page is named by what it measures: two sources that word one measure differently
 * ("engineers from 30 institutions", "engineers from more than 40 universities and institutes")
 * put their statements on one figure page, under one id, end to end through the ingest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { readIngestOutput, type IngestOutput } from '../../scripts/ingest/output.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject } from './cli-project.ts';

const trees = tempTrees('figure-ids-');
afterAll(trees.cleanup);

const report = (dateline: string, title: string, figure: string) => `${title}

${dateline} -- A joint fusion research project between China and its European partners entered its second phase this week, the ministry of science and technology said on Monday.

The project, ${figure}, will build and test components for experimental reactors over the next five years, officials told a press conference in the capital.

Researchers on both sides said the work would help bring fusion energy closer to use, and that the results would be shared openly with other countries taking part in similar programmes.

The ministry said it would continue to support international cooperation in science on the basis of equality and mutual benefit.
`;

let corpus: IngestOutput;

beforeAll(async () => {
  const { root, seedsDir } = ingestProject(trees, {
    seeds: {
      'a.txt': report('BEIJING, March 2, 2021 (Xinhua)', 'Fusion project with Europe enters second phase', 'which brought together engineers from 30 institutions'),
      'b.txt': report('BEIJING, June 7, 2022 (Xinhua)', 'China and Europe widen fusion research', 'which brought together engineers from more than 40 universities and institutes'),
    },
  });
  await runIngest({ root, seedsDir });
  corpus = readIngestOutput(root);
});

describe('figure ids from what is measured', () => {
  it('two sources wording one measure differently end up on one figure page, with one id', () => {
    const engineers = corpus.series.filter((s) => s.points.some((p) => /engineers/.test(p.sentence)));
    expect(engineers.map((s) => s.id)).toEqual(['institution-engineer']);
    expect(engineers[0].points.map((p) => [p.date, p.value, p.qualifier, p.text])).toEqual([
      ['2021-03-02', 30, null, '30 institutions'],
      ['2022-06-07', 40, 'more than', 'more than 40 universities and institutes'],
    ]);
  });
});
