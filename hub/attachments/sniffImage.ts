// What an upload really is, from its bytes: PNG, JPEG or WebP and its pixel size; anything else
// is null (the declared Content-Type is never trusted).

export interface SniffedImage {
  contentType: 'image/png' | 'image/jpeg' | 'image/webp';
  width?: number;
  height?: number;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImage(b: Buffer): SniffedImage | null {
  if (
    b.length >= 24 &&
    pngSignature.every((v, i) => b[i] === v) &&
    b.toString('latin1', 12, 16) === 'IHDR'
  ) {
    return { contentType: 'image/png', ...size(b.readUInt32BE(16), b.readUInt32BE(20)) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    return { contentType: 'image/jpeg', ...jpegSize(b) };
  }
  if (
    b.length >= 16 &&
    b.toString('latin1', 0, 4) === 'RIFF' &&
    b.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return { contentType: 'image/webp', ...webpSize(b) };
  }
  return null;
}

function size(width: number, height: number): { width?: number; height?: number } {
  return width > 0 && height > 0 ? { width, height } : {};
}

/** Walks JPEG segments to the first start-of-frame marker. */
function jpegSize(b: Buffer): { width?: number; height?: number } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return {};
    const marker = b[i + 1]!;
    const length = b.readUInt16BE(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return size(b.readUInt16BE(i + 7), b.readUInt16BE(i + 5));
    i += 2 + length;
  }
  return {};
}

function webpSize(b: Buffer): { width?: number; height?: number } {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && b.length >= 30)
    return size(b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b.readUInt32LE(21);
    return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && b.length >= 30)
    return size(b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1);
  return {};
}
