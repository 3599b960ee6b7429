"""The PDF fonts as the bundle ships them: only the faces the report uses, each cut to what it draws.

build.spec calls :func:`prepare_fonts`. ``report/fonts.py`` sets text in the
family and takes a character the family's regular face lacks from the first
fallback that has it, so a fallback never draws a character of the family's
regular face or of an earlier fallback: those glyphs are left out. Hinting
(instructions for screen rasterisers) and OpenType layout tables are left out
too — ReportLab reads neither. What a document prints is unchanged: the same
characters come from the same font with the same advance widths.

Works on whatever fonts ``report/fonts.py`` names, so a font added there is
treated the same way. The cut fonts are cached by the source's content, since
cutting a CJK font takes a while.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

# Bumped whenever the cutting below changes, so cached results are not reused.
RECIPE = "1"
_DROPPED_TABLES = ["GSUB", "GPOS", "GDEF", "JSTF", "BASE", "MATH", "kern", "FFTM", "DSIG",
                   "TSI0", "TSI1", "TSI2", "TSI3", "TSI5", "hdmx", "VDMX", "LTSH"]


def used_faces() -> tuple[list[str], list[str]]:
    """(family files, fallback files in the order they are tried), as report/fonts.py names them."""
    from portfolio_app.report import fonts

    family = [*fonts._FAMILY_FILES.values(), *fonts._ITALIC_FILES.values()]
    return family, [fallback.file for fallback in fonts.FALLBACKS]


def _codepoints(path: Path) -> set[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return set(font.getBestCmap())


def _cut(source: Path, target: Path, keep: set[int] | None) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += _DROPPED_TABLES
    options.name_IDs = ["*"]  # ReportLab reads the names (the PostScript name goes into the PDF)
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep if keep is not None else font.getBestCmap().keys())
    subsetter.subset(font)
    font.save(target)


def prepare_fonts(source_dir: Path, target_dir: Path, cache_dir: Path) -> list[Path]:
    """Write the cut fonts into target_dir and return their paths; copy unchanged if fontTools is missing."""
    family, fallbacks = used_faces()
    target_dir.mkdir(parents=True, exist_ok=True)
    try:
        import fontTools  # noqa: F401
    except ImportError:
        print("bundle_fonts: fontTools is not installed, the fonts ship uncut (pip install -e '.[bundle]')")
        return [Path(shutil.copy2(source_dir / name, target_dir / name)) for name in family + fallbacks]
    cache_dir.mkdir(parents=True, exist_ok=True)
    # the characters an earlier font in the chain already draws: the regular face first
    drawn = _codepoints(source_dir / family[0])
    plan: list[tuple[str, set[int] | None]] = [(name, None) for name in family]
    for name in fallbacks:
        own = _codepoints(source_dir / name)
        plan.append((name, own - drawn))
        drawn |= own
    written = []
    for name, keep in plan:
        source = source_dir / name
        digest = hashlib.sha256(source.read_bytes())
        digest.update(f"{RECIPE}:{sorted(keep) if keep is not None else 'all'}".encode())
        cached = cache_dir / f"{digest.hexdigest()[:20]}-{name}"
        if not cached.exists():
            partial = cached.with_suffix(".part")
            _cut(source, partial, keep)
            partial.replace(cached)
        written.append(Path(shutil.copy2(cached, target_dir / name)))
        print(f"bundle_fonts: {name} {source.stat().st_size / 1e6:.1f} MB -> {cached.stat().st_size / 1e6:.1f} MB")
    return written
