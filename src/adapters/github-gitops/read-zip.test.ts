import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readZip } from './read-zip';

/**
 * Made by Info-ZIP's zip 3.0: `zip -0 t.zip a.txt && zip -9 t.zip sub/ sub/b.json`, where a.txt is
 * "hello stored\n" (13 bytes, stored) and sub/b.json is {"k": [0,...,199]} plus a newline (699 bytes,
 * deflated to 352); `unzip -v` lists them, `sha256sum` gave the hashes below.
 */
const INFO_ZIP_ARCHIVE = 'UEsDBAoAAAAAANRNfF0X2/M4DQAAAA0AAAAFABwAYS50eHRVVAkAAwCjCmsAowprdXgLAAEEAAAAAAQAAAAAaGVsbG8gc3RvcmVkClBLAwQKAAAAAADUTXxdAAAAAAAAAAAAAAAABAAcAHN1Yi9VVAkAAwCjCmsAowprdXgLAAEEAAAAAAQAAAAAUEsDBBQAAgAIANVNfF1zZ2OXYAEAALsCAAAKABwAc3ViL2IuanNvblVUCQADAaMKawCjCmt1eAsAAQQAAAAABAAAAAAd0rltGEEUBFGfURC0y5ie+zMVQREoBEG5q4buovd6NX+//nx9f/5qhM5gstgcLkW8GNLJIJMssskhlxS90b2n0wd90hd90w/90ovRGGH4yMGYjMXYjMO4jGI2Zpid6RsnczE38zAvs1iNFVZnDZYftFibdViXVezGDruzB3uy/d7NPuzLLk7jhNM5gzM5i+PvHM7lFLdxw+3cwZ3cxd1c//Zyi2pUqE4NalKL2tShxHgacjQ9miBNkSZJ06SJ0lRpsjR3P2zuHtyTe3TP7uE9vcenXwRMf77uNIyIUTEyRscIGSUjZbTMeCHcyRk9I2gUjaTRNKJG1cia+Yq5UzbSRtuIG3Ujb/SNwFE466V1J3JUjszROUJH6UgdrSN29jsD7vSO4FE8kkfziB7VI3t0z3mHxZ300T7iR/3IH/1jgFggJsh9p8qdFWKG2CGGiCViitgixog1Uu/41e9/H/8BUEsBAh4DCgAAAAAA1E18XRfb8zgNAAAADQAAAAUAGAAAAAAAAAAAAKSBAAAAAGEudHh0VVQFAAMAowprdXgLAAEEAAAAAAQAAAAAUEsBAh4DCgAAAAAA1E18XQAAAAAAAAAAAAAAAAQAGAAAAAAAAAAQAO1BTAAAAHN1Yi9VVAUAAwCjCmt1eAsAAQQAAAAABAAAAABQSwECHgMUAAIACADVTXxdc2djl2ABAAC7AgAACgAYAAAAAAABAAAApIGKAAAAc3ViL2IuanNvblVUBQADAaMKa3V4CwABBAAAAAAEAAAAAFBLBQYAAAAAAwADAOUAAAAuAgAAAAA=';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('readZip', () => {
  it('reads stored and deflated entries of an Info-ZIP archive, leaving folders out', () => {
    const files = readZip(new Uint8Array(Buffer.from(INFO_ZIP_ARCHIVE, 'base64')));
    expect([...files.keys()]).toEqual(['a.txt', 'sub/b.json']);
    expect(new TextDecoder().decode(files.get('a.txt'))).toBe('hello stored\n');
    expect(files.get('sub/b.json')!.length).toBe(699);
    expect(sha256(files.get('a.txt')!)).toBe('28103f63d559364aa39f651485b5f98b5045b72179956da35f739eed0bdcfc89');
    expect(sha256(files.get('sub/b.json')!)).toBe('b673681ff462473cfd07efbd28e15af12bfea07b6e5eed413e8a4af25425c345');
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(new TextEncoder().encode('{"message":"Not Found"}'))).toThrow(/not a zip archive/);
  });
});
