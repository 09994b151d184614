// Draws the Teams app icons (teams/color.png 192x192, teams/outline.png 32x32) from the same
// figure as web/avatar.svg, with node:zlib only: no image packages. Run: node scripts/make-teams-icons.mjs
// Teams wants the color icon on a solid background and the outline icon white on transparent.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TEAL = [0x0b, 0x6e, 0x69];
const WHITE = [0xff, 0xff, 0xff];

// The figure in a 64x64 design space (as in web/avatar.svg): a person stretching.
const HEAD = { x: 32, y: 17, r: 5.5 };
const LIMBS = [
  [19, 22, 32, 30],
  [32, 30, 45, 22],
  [32, 30, 32, 41],
  [32, 41, 24, 51],
  [32, 41, 40, 51],
];

function segmentDistance(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** 1 inside the figure (and optional ring), 0 outside, at a design-space point. */
function figure(x, y, stroke, ring) {
  if (Math.hypot(x - HEAD.x, y - HEAD.y) <= HEAD.r) return 1;
  if (LIMBS.some((limb) => segmentDistance(x, y, limb) <= stroke / 2)) return 1;
  if (ring && Math.abs(Math.hypot(x - 32, y - 32) - ring.r) <= ring.width / 2) return 1;
  return 0;
}

/** RGBA pixels with 4x4 supersampling for smooth edges. */
function draw(size, { background, stroke, ring }) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 64 / size;
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          cover += figure((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale, stroke, ring);
        }
      }
      cover /= samples * samples;
      const i = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(background[c] * (1 - cover) + WHITE[c] * cover);
        pixels[i + 3] = 255;
      } else {
        pixels.set(WHITE, i);
        pixels[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return pixels;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const teamsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'teams');
writeFileSync(path.join(teamsDir, 'color.png'), encodePng(192, draw(192, { background: TEAL, stroke: 4.5 })));
writeFileSync(path.join(teamsDir, 'outline.png'), encodePng(32, draw(32, { stroke: 5, ring: { r: 29, width: 4 } })));
console.log(`wrote ${path.join(teamsDir, 'color.png')} and outline.png`);
