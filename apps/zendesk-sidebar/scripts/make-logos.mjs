// Writes assets/logo.png (320x320) and assets/logo-small.png (128x128) with node:zlib only: a blue
// rounded square with a white relay baton across it. Run: npm run logos -w apps/zendesk-sidebar
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(x, y, size) {
  const u = x / size,
    v = y / size;
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  const inside = (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  if (!inside) return [0, 0, 0, 0];
  // Baton: a thick bar from bottom-left to top-right, with a darker band in the middle.
  const d = Math.abs(u - 0.5 + (v - 0.5)) / Math.SQRT2; // distance from the diagonal u+v=1
  const along = Math.abs(u - v) / Math.SQRT2;
  if (d < 0.075 && along < 0.36) return along < 0.07 ? [255, 205, 64, 255] : [255, 255, 255, 255];
  return [31, 115, 183, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x + 0.5, y + 0.5, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../assets/', import.meta.url);
writeFileSync(new URL('logo.png', dir), png(320));
writeFileSync(new URL('logo-small.png', dir), png(128));
console.log('wrote assets/logo.png (320x320) and assets/logo-small.png (128x128)');
