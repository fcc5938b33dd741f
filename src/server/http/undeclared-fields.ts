// A reply carries only what its route declares. Zod's object schemas drop a key they do not know,
// silently; so after parsing, the reply as built is compared with the reply as parsed, and any key
// that was dropped is reported. The route then refuses to answer (500, logged with the paths): a
// field added to an operation's result without a line in the contract fails the first test that
// reaches it, instead of vanishing in production or, with a looser schema, leaking.

export type FieldPath = (string | number)[];

/** Paths of keys present in `sent` (not undefined) that `kept` no longer has. */
export function undeclaredFields(sent: unknown, kept: unknown, path: FieldPath = []): FieldPath[] {
  if (Array.isArray(sent)) {
    if (!Array.isArray(kept)) return [];
    return sent.flatMap((item, i) => undeclaredFields(item, kept[i], [...path, i]));
  }
  if (!isPlainObject(sent) || !isPlainObject(kept)) return [];
  const found: FieldPath[] = [];
  for (const [key, value] of Object.entries(sent)) {
    if (value === undefined) continue; // JSON leaves it out anyway
    if (!Object.hasOwn(kept, key)) found.push([...path, key]);
    else found.push(...undeclaredFields(value, kept[key], [...path, key]));
  }
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
