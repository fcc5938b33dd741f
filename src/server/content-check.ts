// The content files beside the instruments (handreiking, conversation, nevenfuncties register,
// afwegingskader and norm, surveys, workshops) are checked by core's `loadChecked` into issues with
// their lines; each registry then either stops the start with every issue, or reports the files for
// `weerbaar instruments check`. Both live here once, so every registry says a broken file the same
// way (core is pure, so the printing and the paths relative to the working folder are the server's).
import path from 'node:path';
import type { LoadIssue } from '../core/instrument/yaml-lines.ts';

/** One content file and what is wrong with it (nothing: it is fine). */
export interface ContentFileCheck {
  file: string;
  issues: LoadIssue[];
}

/**
 * The checked content, or — when a file is broken (`content` undefined) — an error naming every
 * broken file and each issue with its line. `kind` opens each file's line ("Handreiking …").
 */
export function checkedContent<T>(
  checks: readonly ContentFileCheck[],
  content: T | undefined,
  kind?: string,
): T {
  if (content !== undefined) return content;
  throw new Error(
    checks
      .filter((c) => c.issues.length > 0)
      .map(
        (c) =>
          `${kind ? `${kind} ` : ''}${path.relative(process.cwd(), c.file)} is ongeldig / invalid:\n` +
          c.issues.map((i) => `  regel ${i.line ?? '?'}: ${i.path}: ${i.message}`).join('\n'),
      )
      .join('\n'),
  );
}

/** For `weerbaar instruments check`: ✓ or ✗ per file, every issue as file:line:column; the number that failed. */
export function printContentCheck(checks: readonly ContentFileCheck[]): number {
  let failed = 0;
  for (const check of checks) {
    const name = path.relative(process.cwd(), check.file);
    if (check.issues.length === 0) {
      console.log(`✓ ${name}`);
      continue;
    }
    failed += 1;
    console.error(`✗ ${name}`);
    for (const issue of check.issues)
      console.error(`  ${name}:${issue.line ?? '?'}:${issue.column ?? '?'}  ${issue.path}: ${issue.message}`);
  }
  return failed;
}
