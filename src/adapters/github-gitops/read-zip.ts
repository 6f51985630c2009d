import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * The files of a zip archive (a workflow artifact's download), by their paths inside it; folders
 * are left out. Reads the central directory (PKWARE APPNOTE 4.3.12, 4.3.16), whose sizes are
 * right even when a local header defers them to a data descriptor. Stored and deflated entries
 * only; Zip64 archives (over 4 GiB) are refused.
 */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('the artifact is not a zip archive (no end of central directory record)');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('the artifact is a Zip64 archive, which mltrain does not read');
  const files = new Map<string, Uint8Array>();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error(`corrupt zip: no central file header at ${offset}`);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (buffer.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) throw new Error(`corrupt zip: no local header for ${name}`);
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    let content: Buffer;
    if (method === STORED) content = Buffer.from(data);
    else if (method === DEFLATED) content = inflateRawSync(data);
    else throw new Error(`zip entry ${name} uses compression method ${method}; only stored and deflated are read`);
    if (content.length !== size) throw new Error(`corrupt zip: ${name} unpacked to ${content.length} bytes, expected ${size}`);
    files.set(name, new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
  }
  return files;
}
