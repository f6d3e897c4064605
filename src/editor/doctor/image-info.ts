/**
 * Width and height of PNG, JPEG, GIF and WebP files from their first bytes, so the
 * doctor can say an image is wider than needed without an image library.
 */
export interface ImageSize {
  width: number;
  height: number;
}

export function imageSize(b: Uint8Array): ImageSize | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ascii = (at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));
  if (b.length >= 24 && b[0] === 0x89 && ascii(1, 3) === 'PNG') return { width: v.getUint32(16), height: v.getUint32(20) };
  if (b.length >= 10 && ascii(0, 4) === 'GIF8') return { width: v.getUint16(6, true), height: v.getUint16(8, true) };
  if (b.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = v.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X') {
      const w = b[24] | (b[25] << 8) | (b[26] << 16);
      const h = b[27] | (b[28] << 8) | (b[29] << 16);
      return { width: w + 1, height: h + 1 };
    }
    return undefined;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let at = 2;
    while (at + 9 < b.length) {
      if (b[at] !== 0xff) return undefined;
      const marker = b[at + 1];
      if (marker === 0xff) {
        at++;
        continue;
      }
      const length = v.getUint16(at + 2);
      // Start-of-frame markers (not DHT c4, JPG c8, DAC cc) hold the size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { height: v.getUint16(at + 5), width: v.getUint16(at + 7) };
      }
      at += 2 + length;
    }
  }
  return undefined;
}
