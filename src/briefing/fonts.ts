// The fonts PDF packs are set in, from Debian packages (no network): DejaVu Sans for Latin, Greek and
// Cyrillic; Noto Sans CJK for any text holding Chinese, Japanese or Korean (it covers Latin and Cyrillic too).
import { existsSync, readFileSync } from 'node:fs';

const FONT_PACKAGES = 'apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-cjk';

const FILES = {
  sans: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  sansBold: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  cjk: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  cjkBold: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', name: 'NotoSansCJKsc-Bold' },
} as const;

export type FontName = keyof typeof FILES;
export interface Font {
  data: Buffer;
  name?: string;
}

class FontsMissingError extends Error {}

const loaded = new Map<FontName, Font>();

/** A font's bytes, read once per process; a clear error naming the Debian packages when a file is missing. */
export function font(name: FontName): Font {
  let f = loaded.get(name);
  if (!f) {
    const { path } = FILES[name];
    if (!existsSync(path)) throw new FontsMissingError(`PDF font ${path} is missing: ${FONT_PACKAGES}`);
    f = { data: readFileSync(path), name: 'name' in FILES[name] ? (FILES[name] as { name: string }).name : undefined };
    loaded.set(name, f);
  }
  return f;
}

/** Han, Hiragana, Katakana, Hangul and CJK punctuation or full-width forms. */
export const hasCjk = (s: string) =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(s);
