"""Files refused before they are read: not a workbook, damaged, bombs, XML attacks."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

from tests.corpus import case
from tests.corpus.build import (
    FGW,
    SHEET2,
    STUDENTS,
    UNITS,
    compound_file,
    deflate,
    deflated_zeros,
    parts_of,
    rewrite,
    write_zip,
)

# ---- not a workbook ------------------------------------------------------------------------


@case("units.xlsx | this is a text file (e.g. CSV), not an Excel workbook")
def text_file(inputs: Path) -> None:
    (inputs / UNITS).write_text("Code;Naam;Soort\nFGW;Geesteswetenschappen;faculteit\n")


@case("students.xlsx | the file is empty (0 bytes), not an Excel workbook")
def empty_file(inputs: Path) -> None:
    (inputs / STUDENTS).write_bytes(b"")


@case("funds.xlsx | this is a PDF document, not an Excel workbook")
def pdf_renamed(inputs: Path) -> None:
    (inputs / "funds.xlsx").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")


@case("plans/FGW.xls | this is a legacy Excel 97-2003 workbook (.xls)")
def legacy_xls(inputs: Path) -> None:
    (inputs / FGW).unlink()
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0, 0, 0)
    (inputs / "plans" / "FGW.xls").write_bytes(compound_file({"Workbook": bof}))


@case("units.xlsx | this is a legacy Excel 97-2003 workbook (.xls)")
def legacy_xls_renamed(inputs: Path) -> None:
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0, 0, 0)
    (inputs / UNITS).write_bytes(compound_file({"Workbook": bof}))


@case("students.xlsx | the workbook is password-protected (encrypted); qa-budget cannot read it")
def encrypted(inputs: Path) -> None:
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>"  # agile encryption header
    package = struct.pack("<Q", 9715) + bytes(range(256)) * 40
    cfb = compound_file({"EncryptionInfo": info, "EncryptedPackage": package})
    (inputs / STUDENTS).write_bytes(cfb)


@case("funds.xlsx | the workbook is damaged: its zip container cannot be read")
def truncated_zip(inputs: Path) -> None:
    path = inputs / "funds.xlsx"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@case("plans/FGW.xlsx | the part 'xl/worksheets/sheet2.xml' is damaged or does not inflate")
def corrupt_part(inputs: Path) -> None:
    parts = parts_of(inputs / FGW)
    name, packed, crc, size = next(p for p in parts if p[0] == SHEET2)
    broken = packed[:100] + bytes(b ^ 0x55 for b in packed[100:200]) + packed[200:]
    parts = [(n, broken, crc, size) if n == name else (n, d, c, s) for n, d, c, s in parts]
    write_zip(inputs / FGW, parts)


@case("units.xlsx | this is a Word document, not an Excel workbook")
def word_renamed(inputs: Path) -> None:
    with zipfile.ZipFile(inputs / UNITS, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")


@case("plans/FGW.csv | expected an Excel workbook (.xlsx), got a '.csv' file")
def wrong_extension(inputs: Path) -> None:
    (inputs / FGW).unlink()
    (inputs / "plans" / "FGW.csv").write_text("Maatregel,Thema,2022\nA,1,100\n")


# ---- decompression bombs and XML attacks ---------------------------------------------------


@case("students.xlsx | the part 'xl/media/image1.png' would inflate 1,0")
def bomb_by_ratio(inputs: Path) -> None:
    parts = [*parts_of(inputs / STUDENTS), deflated_zeros("xl/media/image1.png", 16)]
    write_zip(inputs / STUDENTS, parts)


@case("students.xlsx | the workbook would inflate to 540.0 MB, more than the limit of 512.0 MB")
def bomb_by_total_size(inputs: Path) -> None:
    noise = random.Random(6).randbytes(1 << 20)  # incompressible: a modest ratio per part
    parts = parts_of(inputs / STUDENTS)
    for i in range(6):  # each declares 90 times its 1 MB: under the ratio limit, not in total
        name, packed, crc, _ = deflate(f"xl/media/image{i + 1}.png", noise)
        parts.append((name, packed, crc, 90 << 20))
    write_zip(inputs / STUDENTS, parts)


@case(
    "students.xlsx | the part 'xl/media/image1.png' holds more than its declared size; refused "
    "(a decompression bomb"
)
def bomb_with_false_size(inputs: Path) -> None:
    name, packed, crc, _ = deflated_zeros("xl/media/image1.png", 16)
    write_zip(inputs / STUDENTS, [*parts_of(inputs / STUDENTS), (name, packed, crc, 1024)])


@case("units.xlsx | the workbook has 1,014 parts, more than the limit of 1,000")
def too_many_parts(inputs: Path) -> None:
    extra = [deflate(f"customXml/item{i}.xml", b"<a/>") for i in range(1000)]
    write_zip(inputs / UNITS, [*parts_of(inputs / UNITS), *extra])


@case("units.xlsx | the workbook's zip directory lists the part 'xl/workbook.xml' twice")
def duplicate_part(inputs: Path) -> None:
    parts = parts_of(inputs / UNITS)
    write_zip(inputs / UNITS, [*parts, *(p for p in parts if p[0] == "xl/workbook.xml")])


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
).replace("&lol0;", "&lol;")


@case("plans/FGW.xlsx | the XML part 'xl/worksheets/sheet2.xml' holds a DOCTYPE or ENTITY")
def billion_laughs(inputs: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != SHEET2:
            return data
        body = data.decode().split("?>", 1)[1]
        return (LAUGHS + body.replace("<v>741908</v>", "<v>&lol9;</v>")).encode()

    rewrite(inputs / FGW, change)


@case("units.xlsx | the XML part 'xl/sharedStrings.xml' holds a DOCTYPE or ENTITY declaration")
def external_entity(inputs: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/sharedStrings.xml":
            return data
        body = data.decode().split("?>", 1)[1].replace("<t>FGW</t>", "<t>&xxe;</t>")
        doctype = '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        return ('<?xml version="1.0"?>' + doctype + body).encode()

    rewrite(inputs / UNITS, change)
