// AES-256-GCM with associated data. The associated data binds a ciphertext to where it belongs
// (tenant, record, field), so a ciphertext copied into another row does not decrypt.
import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';

const version = 1;

// A key used again (an organisation key, a cached scan key, a derived key: the same Buffer each
// time) is turned into Node's key object once, not on every seal and open.
const keyObjects = new WeakMap<Uint8Array, KeyObject>();
function keyObjectOf(key: Uint8Array): KeyObject {
  let object = keyObjects.get(key);
  if (!object) {
    object = createSecretKey(key);
    keyObjects.set(key, object);
  }
  return object;
}

/** Layout: version (1) | iv (12) | tag (16) | ciphertext. */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyObjectOf(key), iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

export function open(key: Uint8Array, sealed: Uint8Array, associatedData: string): Buffer {
  const data = Buffer.from(sealed);
  if (data.length < 29 || data[0] !== version) throw new Error('sealed data: unknown format');
  const decipher = createDecipheriv('aes-256-gcm', keyObjectOf(key), data.subarray(1, 13));
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(data.subarray(13, 29));
  return Buffer.concat([decipher.update(data.subarray(29)), decipher.final()]);
}
