"""File-level checks before a workbook is opened: its kind, its size and its XML parts.

A workbook is refused before any reader sees it when it is not an Excel workbook (a text file,
a PDF, a legacy .xls, a password-protected file, a damaged zip), when it would inflate beyond
the limits below (decompression bombs), or when an XML part declares a DOCTYPE or ENTITY
(entity expansion and external entities). Nothing here runs macros or follows links.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from qa_budget.errors import Location, Msg, Number, Problem, msg

MiB = 1 << 20
MAX_FILE_BYTES = 64 * MiB  # the file on disk (compressed): a sector of 20,000 units is ~15 MB
MAX_ENTRIES = 1_000  # parts in the zip directory
MAX_UNCOMPRESSED_BYTES = 512 * MiB  # all parts together, as declared (20,000 units: ~110 MB)
MAX_RATIO = 100  # uncompressed / compressed, for a part larger than RATIO_FLOOR
RATIO_FLOOR = 1 * MiB
PROLOG_LIMIT = 64 * 1024  # bytes of an XML part read before its root element must start
ACCEPTED_SUFFIXES = (".xlsx", ".xlsm")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_MACRO_CONTENT = b"macroEnabled"


_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,  # a compression method Excel never uses
)


class Refusal(Exception):
    """A file that is not read at all; the message (a `Msg`) says why and what to do."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


def _mb(n: int) -> Msg:
    if n >= MiB // 10:
        return msg("msg_size_mb", n=Number(Decimal(f"{n / MiB:.1f}"), places=1))
    return msg("msg_size_kb", n=Number(round(n / 1024)))


def too_large(size: int) -> Msg:
    """The refusal of a file over the size limit."""
    return msg("msg_file_too_large", size=_mb(size), most=_mb(MAX_FILE_BYTES))


def inspect_file(path: Path, name: str) -> list[Problem]:
    """`inspect_bytes` on a file's contents (for tools and tests; runs read via source.py)."""
    where = Location(name)
    if not path.is_file():
        return [Problem(where, msg("msg_file_not_regular"))]
    if path.stat().st_size > MAX_FILE_BYTES:
        return [Problem(where, too_large(path.stat().st_size))]
    try:
        data = path.read_bytes()
    except OSError as err:
        return [Problem(where, msg("msg_file_unreadable", error=err.strerror or err))]
    return inspect_bytes(data, path.suffix, name)


def inspect_bytes(data: bytes, suffix: str, name: str) -> list[Problem]:
    """Problems that stop a workbook from being opened (errors), or that come with it (warnings).

    `suffix` is the file name's extension. An empty list means the bytes may be given to the
    reader.
    """
    where = Location(name)
    try:
        warnings = _inspect(data, suffix.lower())
    except Refusal as err:
        return [Problem(where, err.message)]
    return [Problem(where, w, "warning") for w in warnings]


def _kind(data: bytes, suffix: str) -> None:
    """Refuse what is not an .xlsx/.xlsm zip container of an acceptable size."""
    if len(data) > MAX_FILE_BYTES:
        raise Refusal(too_large(len(data)))
    if not data[:8].startswith(_ZIP_MAGIC):
        raise Refusal(_not_a_workbook(data, suffix))
    if suffix not in ACCEPTED_SUFFIXES:
        raise Refusal(msg("msg_file_suffix", suffix=suffix))


def _inspect(data: bytes, suffix: str) -> list[Msg]:
    _kind(data, suffix)
    return _inspect_zip(data, suffix)


def _not_a_workbook(data: bytes, suffix: str) -> Msg:
    """What the file is instead, for a file that is not a zip container."""
    head = data[:8]
    if not data:
        return msg("msg_file_empty")
    if head.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return msg("msg_file_password")
        if any(s.encode("utf-16-le") in data for s in ("Workbook", "Book")):
            return msg("msg_file_xls")
        return msg("msg_file_ole")
    if head.startswith(b"%PDF"):
        return msg("msg_file_pdf")
    if data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return msg("msg_file_xml")
    if suffix not in ACCEPTED_SUFFIXES:
        return msg("msg_file_suffix", suffix=suffix)
    if b"\x00" not in data[:4096]:
        return msg("msg_file_text")
    return msg("msg_file_unknown")


def opened(data: bytes, suffix: str, name: str) -> tuple[list[Problem], zipfile.ZipFile | None]:
    """`inspect_bytes`, and the checked zip container for the reader to use (None when the
    file is refused), so the container is parsed once."""
    where = Location(name)
    try:
        _kind(data, suffix.lower())
        zf = _open(data)
        warnings = _inspect_opened(zf, data, suffix.lower())
    except Refusal as err:
        return [Problem(where, err.message)], None
    return [Problem(where, w, "warning") for w in warnings], zf


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise Refusal(_DAMAGED) from None


_DAMAGED = msg("msg_file_damaged")


def _inspect_zip(data: bytes, suffix: str) -> list[Msg]:
    return _inspect_opened(_open(data), data, suffix)


def _inspect_opened(zf: zipfile.ZipFile, data: bytes, suffix: str) -> list[Msg]:
    try:
        infos = zf.infolist()
        _check_directory(infos)
        _check_kind({i.filename for i in infos})
        for info in infos:
            _check_part(data, info)
        names = {i.filename for i in infos}
        content_types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except _ZIP_ERRORS:
        raise Refusal(_DAMAGED) from None
    macro = suffix == ".xlsm" or "xl/vbaProject.bin" in names or _MACRO_CONTENT in content_types
    if macro:
        return [msg("msg_file_macros")]
    return []


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    """Limits checked from the zip directory alone, before any part is inflated."""
    if len(infos) > MAX_ENTRIES:
        raise Refusal(msg("msg_zip_parts", n=Number(len(infos)), most=Number(MAX_ENTRIES)))
    seen: set[str] = set()
    total = 0
    for info in infos:
        if info.filename in seen:
            raise Refusal(msg("msg_zip_twice", part=info.filename))
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise Refusal(msg("msg_zip_encrypted"))
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise Refusal(
                msg(
                    "msg_zip_ratio",
                    part=info.filename,
                    ratio=Number(round(ratio)),
                    packed=_mb(info.compress_size),
                    size=_mb(info.file_size),
                    most=MAX_RATIO,
                )
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise Refusal(msg("msg_zip_total", size=_mb(total), most=_mb(MAX_UNCOMPRESSED_BYTES)))


def _check_kind(names: set[str]) -> None:
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        what = "xlsb"
    elif "content.xml" in names and "mimetype" in names:
        what = "ods"
    elif "word/document.xml" in names:
        what = "word"
    elif "ppt/presentation.xml" in names:
        what = "powerpoint"
    else:
        what = "zip"
    raise Refusal(msg("msg_zip_is", what=msg(f"msg_zip_kind_{what}")))


def _check_part(data: bytes, info: zipfile.ZipInfo) -> None:
    """Inflate one part in bounded chunks: an XML part's prolog may hold no DOCTYPE, and no
    part may hold more bytes than its declared size (its CRC is checked at its end)."""
    try:
        _inflate(data, info)
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error) as err:
        raise Refusal(msg("msg_zip_part_damaged", part=info.filename, error=err)) from None


def _chunks(data: bytes, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's inflated bytes in chunks, straight from the container's bytes (the zip module's
    file objects cost more than the inflating for the small parts of a workbook)."""
    offset = info.header_offset
    if data[offset : offset + 4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local file header")
    name_len, extra_len = struct.unpack("<HH", data[offset + 26 : offset + 30])
    start = offset + 30 + name_len + extra_len
    raw = memoryview(data)[start : start + info.compress_size]
    if len(raw) < info.compress_size:
        raise EOFError("the part ends early")
    step = 64 * 1024
    if info.compress_type == zipfile.ZIP_STORED:
        for i in range(0, len(raw), step):
            yield bytes(raw[i : i + step])
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise NotImplementedError("a compression method Excel never uses")
    inflater = zlib.decompressobj(-15)
    for i in range(0, len(raw), step):
        piece: bytes = bytes(raw[i : i + step])
        while piece:
            out = inflater.decompress(piece, step)
            if out:
                yield out
            piece = inflater.unconsumed_tail
    rest = inflater.flush()
    if rest:
        yield rest


def _inflate(data: bytes, info: zipfile.ZipInfo) -> None:
    undecided = info.filename.lower().endswith(_XML_SUFFIXES)
    prolog = b""
    read = 0
    crc = 0
    for chunk in _chunks(data, info):
        read += len(chunk)
        if read > info.file_size:
            raise Refusal(msg("msg_zip_part_larger", part=info.filename))
        crc = zlib.crc32(chunk, crc)
        if undecided:
            prolog += chunk
            undecided = not _root_reached(prolog[:PROLOG_LIMIT], info.filename)
            if undecided and len(prolog) >= PROLOG_LIMIT:
                raise Refusal(msg("msg_zip_prolog", part=info.filename, kb=PROLOG_LIMIT // 1024))
    if read != info.file_size or crc != info.CRC:
        raise zipfile.BadZipFile("size or CRC does not match the zip directory")


def _decode(prefix: bytes) -> str:
    """The text of an XML part's first bytes (UTF-8, or UTF-16 by its byte order mark)."""
    boms = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
    pairs = {b"<\x00": "utf-16-le", b"\x00<": "utf-16-be"}
    codec = boms.get(prefix[:2]) or pairs.get(prefix[:2])
    if codec:
        start = 2 if prefix[:2] in boms else 0
        body = prefix[start:]
        return body[: len(body) - len(body) % 2].decode(codec, errors="replace")
    return prefix.decode("utf-8", errors="replace").lstrip("\ufeff")


def _root_reached(prefix: bytes, part: str) -> bool:
    """True once the root element starts after a clean prolog; False while undecided.

    Raises Refusal on a DOCTYPE or ENTITY declaration (any '<!' other than a comment)."""
    text = _decode(prefix)
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if len(text) - pos < 4:
            return False
        if text.startswith("<?", pos):
            end = text.find("?>", pos)
            if end < 0:
                return False
            pos = end + 2
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos)
            if end < 0:
                return False
            pos = end + 3
        elif text.startswith("<!", pos):
            raise Refusal(msg("msg_zip_doctype", part=part))
        elif text.startswith("<", pos):
            return True
        else:
            raise Refusal(msg("msg_zip_no_element", part=part))
