/**
 * Float32 arrays as base64 text (little-endian IEEE 754, the byte order of every platform Node
 * runs on), for model files and checkpoints. Uses btoa/atob, which Node and browsers both have.
 */
export function float32ToBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(text);
}

export function base64ToFloat32(encoded: string): Float32Array {
  const text = atob(encoded);
  if (text.length % 4 !== 0) throw new Error(`internal error: ${text.length} bytes is not a whole number of float32 values`);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}
