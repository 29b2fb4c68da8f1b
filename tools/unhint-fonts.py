#!/usr/bin/env python3
"""Writes assets/fonts/: Det Fælles Designsystem's two IBM Plex Sans files
(Regular and SemiBold, its Latin-1 subset) without their TrueType hinting,
each in two files by character: `-Core` with the characters Danish text and
the app's own text use, `-Rest` with the rest of the Latin-1 subset.

Every glyph, every character, the outlines, the metrics and the kerning stay;
only the hinting instructions go (fpgm, prep, cvt and each glyph's own), which
took the two files from 34.3 to 23.1 KB. Browsers on phones and on macOS ignore
TrueType hints, and Chromium on Linux painted the same pixels with and without
them; on Windows, and where a desktop asks for full hinting, small text may
look a little softer.

style/app.css gives each file its `unicode-range` (the ranges printed below): a
browser fetches a file only when the page shows one of its characters, so a
page in Danish loads the two core files (15.5 KB), and the rest (10 KB) comes
only for a note or a name with, say, a ñ or a ß in it.

Run by hand when the dkfds package brings new fonts (`npm ci` first):
    pip install fonttools==4.68.0 brotli==1.2.1
    python3 tools/unhint-fonts.py
The build copies the files from assets/fonts (tools/prepare-assets.mjs).
"""
import shutil
import subprocess
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

SRC = Path("node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2")
OUT = Path("assets/fonts")

# Danish text and the app's own (src/content/da, public, style, the numbers
# model::format writes): ASCII (and the null and carriage return glyphs), the
# no-break space, § « » · × and the Danish and nearby letters, dashes, quotes,
# the ellipsis, bullet, single guillemets and the minus sign.
CORE = (
    [0x00, 0x0D]
    + list(range(0x20, 0x7F))
    + [0xA0, 0xA7, 0xAB, 0xB7, 0xBB, 0xD7]
    + [0xC4, 0xC5, 0xC6, 0xC9, 0xD6, 0xD8, 0xDC, 0xE0, 0xE1, 0xE4, 0xE5, 0xE6, 0xE9, 0xF6, 0xF8, 0xFC]
    + [0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x2039, 0x203A, 0x2212]
)


def ranges(points: list[int]) -> str:
    """`unicode-range` for CSS: U+20-7E, U+A0, …"""
    out, points = [], sorted(points)
    start = prev = points[0]
    for p in points[1:] + [None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(f"U+{start:X}" if start == prev else f"U+{start:X}-{prev:X}")
        if p is not None:
            start = prev = p
    return ", ".join(out)


def subset(src: Path, out: Path, points: list[int]) -> None:
    subprocess.run(
        [sys.executable, "-m", "fontTools.subset", str(src),
         "--unicodes=" + ",".join(f"U+{p:04X}" for p in points),
         "--layout-features=*", "--name-IDs=*", "--name-languages=*",
         "--notdef-outline", "--no-hinting", "--flavor=woff2", f"--output-file={out}"],
        check=True,
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.woff2"):
        old.unlink()
    for weight in ("Regular", "SemiBold"):
        src = SRC / f"IBMPlexSans-{weight}-Latin1.woff2"
        have = sorted(TTFont(src).getBestCmap())
        core = [p for p in have if p in CORE]
        rest = [p for p in have if p not in CORE]
        for part, points in (("Core", core), ("Rest", rest)):
            out = OUT / f"IBMPlexSans-{weight}-{part}.woff2"
            subset(src, out, points)
            print(f"{out.name}: {out.stat().st_size} bytes, unicode-range: {ranges(points)}")
    shutil.copyfile(SRC / "license.txt", OUT / "license.txt")


if __name__ == "__main__":
    main()
