/**
 * HTML validity with html-validate's recommended preset (spec conformance, accessibility and
 * common mistakes). Rules turned off or relaxed, and why:
 *
 * - valid-id `relaxed`: HTML5 allows ids that start with a digit. Event anchors are ids like
 *   `2020-10-30-…` on purpose (stable, readable URLs such as /timeline/#2020-10-30-…); relaxed mode
 *   still rejects empty ids and ids with whitespace.
 * - aria-label-misuse, not on <svg>: a chart's name (aria-labelledby → its <title>) is what WCAG asks
 *   for. An <svg>'s own role, graphics-document, takes a name, but the rule only knows HTML roles and
 *   would demand role="img", which is wrong for charts whose points are links (an image's children
 *   are presentational). Other elements are still checked.
 * - long-title: page titles carry news headlines, which are as long as the outlet wrote them; a
 *   search-engine preference for short titles is not a validity error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'valid-id': ['error', { relaxed: true }],
    'aria-label-misuse': ['error', { elements: { exclude: ['svg'] } }],
    'long-title': 'off',
  },
};

export interface ValidationError {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate(htmlValidateConfig);

export async function validateHtml(source: string, file: string): Promise<ValidationError[]> {
  const report = await validator.validateString(source, file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => ({ file, line: m.line, rule: m.ruleId, message: m.message })),
  );
}

export const validateFile = (dir: string, file: string) => validateHtml(readFileSync(join(dir, file), 'utf8'), file);

export const describeErrors = (errors: ValidationError[], max = 40) =>
  errors
    .slice(0, max)
    .map((e) => `  ${e.file}:${e.line} ${e.rule}: ${e.message}`)
    .join('\n') + (errors.length > max ? `\n  … and ${errors.length - max} more` : '');
