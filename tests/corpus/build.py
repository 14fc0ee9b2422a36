"""Tools to break a workbook: edit cells, rewrite zip parts, write zips and OLE files by hand."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl


def edit(path: Path, sheet: str, cells: dict[str, Any]) -> None:
    """Set cells with openpyxl (which saves formulas without a calculated value)."""
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)


def rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Rewrite a workbook's zip parts: `change(name, data)` returns new data, or None to drop."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info.filename, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            new = change(name, data)
            if new is not None:
                zf.writestr(name, new)


def set_cell_xml(path: Path, part: str, ref: str, xml: str) -> None:
    """Replace cell `ref` in a sheet part by the given <c> element."""

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        text, n = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml, data.decode())
        assert n == 1, ref
        return text.encode()

    rewrite(path, change)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (the container of .xls and of encrypted workbooks).

    Version 3, 512-byte sectors: sector 0 is the FAT, sector 1 the directory, then each
    stream (padded to 4096 bytes or more, so no mini stream is needed)."""
    free, end, fat_sect, nostream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    bodies = [data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0") for data in streams.values()]
    fat = [fat_sect, end]
    starts = []
    for body in bodies:
        n, start = len(body) // 512, len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(n - 1)] + [end]
    assert len(fat) <= 128
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", nostream, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    names = list(streams)
    directory = entry("Root Entry", 5, 1, nostream, end, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else nostream
        directory += entry(name, 2, nostream, right, starts[i], len(streams[name]))
    directory = directory.ljust(512, b"\0")
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + directory + b"".join(bodies)


Part = tuple[str, bytes, int, int]  # name, deflated data, CRC-32, declared size


def deflate(name: str, raw: bytes) -> Part:
    """A part with its true size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, packer.compress(raw) + packer.flush(), zlib.crc32(raw), len(raw)


def deflated_zeros(name: str, megabytes: int) -> Part:
    """A part of `megabytes` MiB of '0' characters, deflated in chunks (little memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk, crc, packed = b"0" * (1 << 20), 0, []
    for _ in range(megabytes):
        packed.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    return name, b"".join(packed) + packer.flush(), crc, megabytes << 20


def parts_of(path: Path) -> list[Part]:
    """The parts of a workbook, deflated again (to add hand-made parts to them)."""
    with zipfile.ZipFile(path) as zf:
        return [deflate(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(path: Path, parts: list[Part]) -> None:
    """A zip written by hand, so that a part can declare another size than it inflates to."""
    local, central = b"", b""
    for name, packed, crc, size in parts:
        fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0, crc, len(packed), size)
        head = b"PK\x03\x04" + fields + struct.pack("<HH", len(name), 0) + name.encode()
        tail = struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, len(local))
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields + tail + name.encode()
        local += head + packed
    n = len(parts)
    end = struct.pack("<HHHHIIH", 0, 0, n, n, len(central), len(local), 0)
    path.write_bytes(local + central + b"PK\x05\x06" + end)


UNITS = "units.xlsx"
STUDENTS = "students.xlsx"
FGW = "plans/FGW.xlsx"
SHEET2 = "xl/worksheets/sheet2.xml"  # the data sheet (sheet 1 is 'Toelichting')
