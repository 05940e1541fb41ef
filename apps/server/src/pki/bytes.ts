/** Small byte helpers shared by certificate parsing and OCSP. */

export function toUpperHex(bytes: Uint8Array | ArrayBuffer): string {
  const view =
    bytes instanceof ArrayBuffer
      ? Buffer.from(bytes)
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.toString('hex').toUpperCase();
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError(`not an even-length hexadecimal string: ${hex}`);
  }
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function bytesEqual(left: Uint8Array | ArrayBuffer, right: Uint8Array | ArrayBuffer): boolean {
  return Buffer.from(new Uint8Array(left)).equals(Buffer.from(new Uint8Array(right)));
}
