// Reading a request body as JSON, once, for every route: the content type must say JSON, the text
// must parse, and every string in it — values and keys — must be text the database can store.
// PostgreSQL text cannot hold U+0000 (the statement fails), and a lone UTF-16 surrogate has no
// UTF-8 form (node-postgres would quietly store U+FFFD instead): both are refused here with the
// path of the first such string, before any handler or operation sees the input.
import type { Context } from 'hono';
import type { FieldPath } from '../domain-error.ts';
import { httpRefusals } from './problem.ts';

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw httpRefusals.unsupportedMediaType();
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw httpRefusals.malformedJson();
  }
  const bad = unstorableText(value);
  if (bad) throw httpRefusals.unstorableText(bad);
  return value;
}

const storable = (text: string) => text.isWellFormed() && !text.includes('\u0000');

/** A place in the parsed body: the path is built only for the one that is reported. */
interface Place {
  value: unknown;
  parent: Place | null;
  key: string | number;
}

function pathOf(place: Place): FieldPath {
  const path: Array<string | number> = [];
  for (let here: Place | null = place; here?.parent; here = here.parent) path.push(here.key);
  return path.reverse();
}

/**
 * The path of the first string (or object key) holding U+0000 or a lone surrogate, or null. An
 * object's keys are checked before its values. Iterative, and linear in the size of the body:
 * JSON.parse accepts nesting far deeper than a recursive walk could follow.
 */
export function unstorableText(value: unknown): FieldPath | null {
  const stack: Place[] = [{ value, parent: null, key: '' }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const here = place.value;
    if (typeof here === 'string') {
      if (!storable(here)) return pathOf(place);
    } else if (Array.isArray(here)) {
      for (let i = here.length - 1; i >= 0; i -= 1) stack.push({ value: here[i], parent: place, key: i });
    } else if (here !== null && typeof here === 'object') {
      const entries = Object.entries(here);
      for (const [key] of entries) {
        if (!storable(key)) return [...pathOf(place), key.toWellFormed().replaceAll('\u0000', '\ufffd')];
      }
      for (const [key, inner] of entries.reverse()) stack.push({ value: inner, parent: place, key });
    }
  }
  return null;
}
