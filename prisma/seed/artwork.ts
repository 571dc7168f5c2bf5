import sharp from "sharp";

// Demo pictures are drawn as SVG and rasterised, so the seed ships no binary
// files and still exercises the real image pipeline.

type Rng = () => number;

/** A small deterministic PRNG (mulberry32): the same seed draws the same pictures. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUES = [12, 28, 45, 150, 190, 210, 250, 280, 320, 345];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** A face-like abstract avatar: background, a soft blob and two eyes. */
function avatarSvg(rng: Rng): string {
  const hue = pick(rng, HUES);
  const accent = (hue + 140) % 360;
  const x = 150 + rng() * 100;
  const y = 170 + rng() * 60;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},70%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,42%)"/>
    </linearGradient></defs>
    <rect width="480" height="480" fill="url(#g)"/>
    <circle cx="${x + 30}" cy="${y + 40}" r="${120 + rng() * 40}" fill="hsl(${accent},60%,85%)"/>
    <circle cx="${x - 10}" cy="${y + 10}" r="14" fill="#1f2937"/>
    <circle cx="${x + 70}" cy="${y + 10}" r="14" fill="#1f2937"/>
    <path d="M ${x} ${y + 70} Q ${x + 30} ${y + 100} ${x + 60} ${y + 70}" stroke="#1f2937" stroke-width="8" fill="none" stroke-linecap="round"/>
  </svg>`;
}

/** A landscape: sky gradient, a sun and layered hills. */
function landscapeSvg(rng: Rng): string {
  const hue = pick(rng, HUES);
  const hills = Array.from({ length: 3 }, (_, layer) => {
    const base = 520 + layer * 90;
    const points = Array.from({ length: 7 }, (_, i) => `${i * 220},${base - rng() * 160}`).join(" ");
    return `<polygon points="0,900 ${points} 1320,900" fill="hsl(${(hue + 160) % 360},${35 + layer * 10}%,${45 - layer * 12}%)"/>`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},75%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360},85%,88%)"/>
    </linearGradient></defs>
    <rect width="1200" height="800" fill="url(#sky)"/>
    <circle cx="${250 + rng() * 700}" cy="${150 + rng() * 150}" r="${60 + rng() * 50}" fill="hsl(45,95%,70%)"/>
    ${hills}
  </svg>`;
}

export function drawAvatar(rng: Rng): Promise<Buffer> {
  return sharp(Buffer.from(avatarSvg(rng))).png().toBuffer();
}

export function drawLandscape(rng: Rng): Promise<Buffer> {
  return sharp(Buffer.from(landscapeSvg(rng))).png().toBuffer();
}
