/**
 * Every regular-expression literal of the ingest (scripts/ingest/) that a ReDoS detector finds
 * super-linear: a run of one repeated character (spaces, dashes, "©") that makes the pattern's time
 * grow with the square of the run, or faster. The ingest reads pages nobody has seen; a field with
 * 40,000 spaces must not take minutes. The detector is scslre (npm): it reads the pattern's
 * automaton, runs offline, checks the ~600 literals in under a second, and names the repeated
 * character. recheck took minutes (a subprocess per pattern, 63 timeouts) and redos-detector over a
 * minute with 97 timeouts, so neither can run in a test.
 *
 * Literals built with `new RegExp(…)` are not read here: their text is only known at run time.
 * tests/ingest/regex-audit.test.ts compares the findings with the allow-list beside this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { analyse } from 'scslre';

export type Finding = { file: string; line: number; source: string; flags: string; kinds: string[] };

/** The .ts files under `dir`, recursively, in a stable order. */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? typeScriptFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Each regex literal of a file: its line, its source and its flags. */
function regexLiterals(path: string): { line: number; source: string; flags: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; source: string; flags: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (node as ts.RegularExpressionLiteral).text;
      const end = text.lastIndexOf('/');
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The super-linear literals under `root`, each with the kinds of report scslre gave ("Move": tried
 * from every character of a run and scanning the run from each; "Trade" and "Self": two quantifiers
 * sharing a run; "exponential" when the detector says so). Paths are relative to `root`.
 */
export function superLinearPatterns(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const path of typeScriptFiles(root)) {
    for (const literal of regexLiterals(path)) {
      const { reports } = analyse(new RegExp(literal.source, literal.flags), { maxReports: 5 });
      if (!reports.length) continue;
      const kinds = [...new Set(reports.map((r) => (r.exponential ? `${r.type} (exponential)` : r.type)))];
      findings.push({ file: relative(root, path), ...literal, kinds });
    }
  }
  return findings;
}
