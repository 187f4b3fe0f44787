// Draws the extension icon (128×128 PNG) with no image library: two server racks joined by a
// failover link, on a blue tile. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 128,
  H = 128;
const px = new Uint8Array(W * H * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= W || y >= H) return;
  const i = (y * W + x) * 4;
  px.set([r, g, b, a], i);
};
const rect = (x0, y0, w, h, c) => {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, c);
};
const inRounded = (x, y, r) => {
  const cx = x < r ? r : x >= W - r ? W - r - 1 : x;
  const cy = y < r ? r : y >= H - r ? H - r - 1 : y;
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (inRounded(x, y, 20)) set(x, y, [24, 92, 170]);
const white = [245, 248, 252],
  green = [90, 210, 120],
  dark = [16, 60, 120];
for (const x0 of [18, 74]) {
  rect(x0, 26, 36, 76, white);
  for (let k = 0; k < 4; k++) {
    rect(x0 + 5, 32 + k * 17, 26, 11, dark);
    rect(x0 + 24, 35 + k * 17, 4, 4, green);
  }
}
for (let x = 54; x < 74; x++)
  for (let t = -2; t <= 2; t++) {
    set(x, 52 + t, green);
    set(x, 76 + t, green);
  }
// PNG encoding: signature, IHDR, IDAT (filter byte 0 per row), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8;
ihdr[9] = 6;
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) Buffer.from(px.buffer, y * W * 4, W * 4).copy(raw, y * (W * 4 + 1) + 1);
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../packages/vscode-extension/images/icon.png', import.meta.url), png);
