#!/usr/bin/env python3
"""Writes assets/fonts/: Det Fælles Designsystem's two IBM Plex Sans files
(Regular and SemiBold, its Latin-1 subset) without their TrueType hinting.

Every glyph, every character, the outlines, the metrics and the kerning stay;
only the hinting instructions go (fpgm, prep, cvt and each glyph's own), which
takes the two files from 34.3 to 23.1 KB. Every page loads both, so each first
visit is 11 KB lighter. Browsers on phones and on macOS ignore TrueType hints,
and Chromium on Linux painted the same pixels with and without them; on Windows,
and where a desktop asks for full hinting, small text may look a little softer.

Run by hand when the dkfds package brings new fonts (`npm ci` first):
    pip install fonttools==4.68.0 brotli==1.2.1
    python3 tools/unhint-fonts.py
The build copies the files from assets/fonts (tools/prepare-assets.mjs).
"""
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path("node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2")
OUT = Path("assets/fonts")

def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in ("Regular", "SemiBold"):
        name = f"IBMPlexSans-{weight}-Latin1.woff2"
        subprocess.run(
            [sys.executable, "-m", "fontTools.subset", str(SRC / name),
             "--unicodes=*", "--glyphs=*", "--layout-features=*", "--name-IDs=*",
             "--name-languages=*", "--notdef-outline", "--no-hinting",
             "--flavor=woff2", f"--output-file={OUT / name}"],
            check=True,
        )
        print(f"{name}: {(SRC / name).stat().st_size} → {(OUT / name).stat().st_size} bytes")
    shutil.copyfile(SRC / "license.txt", OUT / "license.txt")

if __name__ == "__main__":
    main()
