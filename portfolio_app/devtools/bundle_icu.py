"""Qt's ICU data as the bundle ships it: the items the app can reach, not all 32 MB.

Qt links ICU for collation (QCollator), time-zone names, locale-aware case
mapping and legacy text codecs. Traced with breakpoints on ICU's data loader
(udata_openChoice) through the whole UI test suite, the app opened no ICU data
item at all; a probe of QCollator, QTimeZone names and QLocale case mapping in
English and German opened the items listed in KEEP. So the bundle keeps those
(a few hundred KB, for Qt's sake should a dialog collate or name a zone) and
leaves out the rest: converters for legacy codecs, break iterators and
dictionaries, transliteration, the other ~800 locales.

The data lives in libicudata as one "common data" package under the symbol
``icudt<version>_dat``. This module reads that package out of the library,
writes a package of the kept items, and assembles a replacement library with
the same symbol and soname (needs a C compiler; without one the full library
ships, with a note).
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Item names inside the package, after the "icudt73l/" prefix. en and de: the languages we ship.
KEEP = (
    "cnvalias.icu", "res_index.res", "pool.res", "root.res", "en.res", "en_*.res", "de.res", "de_*.res",
    "likelySubtags.res", "supplementalData.res", "keyTypeData.res", "metadata.res",
    "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "windowsZones.res",
    "zone/res_index.res", "zone/pool.res", "zone/root.res", "zone/en.res", "zone/en_*.res", "zone/de.res",
    "zone/de_*.res",
    "coll/res_index.res", "coll/ucadata.icu", "coll/root.res", "coll/de.res", "coll/de_*.res", "coll/en*.res",
)

_ALIGN = 16


def _dynamic_symbol(elf: bytes, pattern: re.Pattern[bytes]) -> tuple[str, int, int]:
    """(name, file offset, size) of the first dynamic symbol whose name matches (ELF64 little-endian)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for offset in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        st_name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", elf, offset)
        start = strtab[4] + st_name
        name = elf[start:elf.index(b"\0", start)]
        if pattern.fullmatch(name) and 0 < shndx < len(sections):
            section = sections[shndx]
            return name.decode(), section[4] + (value - section[3]), size
    raise ValueError("no ICU data symbol")


def read_package(library: Path) -> tuple[str, bytes, list[tuple[str, bytes]]]:
    """(symbol, header, [(item name, item bytes)]) of the common data package inside libicudata."""
    elf = library.read_bytes()
    symbol, offset, size = _dynamic_symbol(elf, re.compile(rb"icudt\d+_dat"))
    blob = elf[offset:offset + size]
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":  # MappedData magic, UDataInfo format
        raise ValueError("the ICU data is not a common data package")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = header_size + entries[index + 1][1] if index + 1 < count else len(blob)
        items.append((name, blob[header_size + data_offset:end]))
    return symbol, blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of these items (names sorted, as ICU's binary search needs)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    toc_size = 4 + 8 * len(items)
    data_start = -(-(len(header) + toc_size + len(names)) // _ALIGN) * _ALIGN - len(header)
    entries, body, name_offset, data_offset = [], bytearray(), toc_size, data_start
    for name, data in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = data + b"\0" * (-len(data) % _ALIGN)
        body += padded
        data_offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (data_start - len(toc)) + bytes(body)


def _kept(name: str) -> bool:
    short = name.split("/", 1)[1] if "/" in name else name
    return any(fnmatch.fnmatchcase(short, pattern) for pattern in KEEP)


def slim_library(library: Path, target_dir: Path) -> Path | None:
    """Build a libicudata holding only the kept items; None (ship the original) without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        print("bundle_icu: no C compiler, the full ICU data ships")
        return None
    symbol, header, items = read_package(library)
    kept = [(name, data) for name, data in items if _kept(name)]
    package = write_package(header, kept)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / library.name
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "icudata.bin"
        data.write_bytes(package)
        assembly = Path(scratch) / "icudata.S"
        assembly.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign {_ALIGN}\n'
            f'{symbol}:\n.incbin "{data}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([compiler, "-shared", "-nostdlib", "-o", str(target), f"-Wl,-soname,{library.name}",
                        str(assembly)], check=True)
    print(f"bundle_icu: {len(kept)} of {len(items)} ICU data items kept, "
          f"{library.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB")
    return target
