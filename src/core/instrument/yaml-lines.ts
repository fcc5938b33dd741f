// YAML an author wrote → its value, plus a way to point any path in it back at the author's line.
// Shared by the instrument loader and the conversation loader, so both report problems the same way.
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';

export interface LoadIssue {
  path: string;
  line: number | null;
  column: number | null;
  message: string;
}

export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(hele bestand)'
  );
}

export type Located = { line: number | null; column: number | null };

export type ParsedYaml =
  | { ok: false; issues: LoadIssue[] }
  | { ok: true; value: unknown; locate: (path: ReadonlyArray<string | number | symbol>) => Located };

/**
 * Parses with line numbers (duplicate keys are an error). `locate` walks down as far as the
 * document goes, so a missing key points at its parent; with `atKeys`, a map entry points at its
 * key (the line the author wrote an id on) rather than at the value below it.
 */
export function parseYamlWithLines(text: string, options: { atKeys?: boolean } = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          path: '(yaml)',
          line: pos?.line ?? null,
          column: pos?.col ?? null,
          message: `YAML: ${e.message.split('\n')[0]}`,
        };
      }),
    };
  }
  const locate = (path: ReadonlyArray<string | number | symbol>): Located => {
    for (let n = path.length; n >= 0; n--) {
      let node: unknown = doc.getIn(path.slice(0, n) as Array<string | number>, true);
      if (options.atKeys && n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1) as Array<string | number>, true);
        const pair = isMap(parent)
          ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1])
          : undefined;
        if (pair && isNode(pair.key)) node = pair.key;
      }
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: null, column: null };
  };
  return { ok: true, value: doc.toJS(), locate };
}
