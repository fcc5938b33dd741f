// The content hash of an instrument: SHA-256 over its canonical JSON (after defaults), so
// reformatting the YAML does not change it but any change of meaning does. A scan pins version
// and hash. Web Crypto: the same call in browser and Node.
import { canonicalJson } from '../util/canonical-json.ts';
import type { Instrument } from './schema.ts';

export async function contentHash(instrument: Instrument): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(instrument));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
