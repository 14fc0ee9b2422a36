"""The messages of writing outputs: why a file could not be written (the system's reason in
words), and an output folder that is a file."""

from __future__ import annotations

OUTPUT_MESSAGES: dict[str, dict[str, str]] = {
    "msg_out_failed": {
        "nl": "kan {path} niet schrijven: {reason}; er is niets geschreven en eerdere uitvoer "
        "is onaangetast",
        "en": "cannot write {path}: {reason}; nothing was written and earlier outputs are "
        "untouched",
    },
    "msg_out_reason_full": {"nl": "de schijf is vol", "en": "the disk is full"},
    "msg_out_reason_quota": {
        "nl": "het schijfquotum is op",
        "en": "the disk quota is used up",
    },
    "msg_out_read_only_set": {
        "nl": "kan {folder} niet vervangen: de map {fixed} is alleen-lezen; geef die map "
        "schrijfrechten terug (chmod u+w) of kies een andere uitvoermap; er is niets geschreven "
        "en eerdere uitvoer is onaangetast",
        "en": "cannot replace {folder}: the folder {fixed} is read-only; give it write "
        "permission again (chmod u+w) or choose another output folder; nothing was written and "
        "earlier outputs are untouched",
    },
    "msg_out_reason_permission": {
        "nl": "geen toestemming om daar te schrijven",
        "en": "no permission to write there",
    },
    "msg_out_reason_read_only": {
        "nl": "het bestandssysteem is alleen-lezen",
        "en": "the file system is read-only",
    },
    "msg_out_reason_long_name": {
        "nl": "de bestandsnaam is te lang voor dit bestandssysteem (gebruik kortere "
        "scenarionamen, of minder scenario's in één vergelijking)",
        "en": "the file name is too long for this file system (use shorter scenario names, or "
        "fewer scenarios in one comparison)",
    },
    "msg_out_reason_folder_in_way": {
        "nl": "een map staat in de weg van een bestand",
        "en": "a folder is in the way of a file",
    },
    "msg_out_reason_file_in_way": {
        "nl": "een bestand staat in de weg van een map",
        "en": "a file is in the way of a folder",
    },
    "msg_out_reason_gone": {
        "nl": "een map op de weg ernaartoe bestaat niet (meer)",
        "en": "a folder on the way to it does not exist (any more)",
    },
    "msg_out_reason_other": {
        "nl": "het systeem meldt: {error}",
        "en": "the system says: {error}",
    },
    "msg_out_not_folder": {
        "nl": "de uitvoer gaat in een map, maar {out} is een bestand; kies een map met --out "
        "(bijv. --out outputs) of verplaats het bestand; er is niets geschreven",
        "en": "the outputs go into a folder, but {out} is a file; choose a folder with --out "
        "(e.g. --out outputs) or move the file away; nothing was written",
    },
    "msg_out_not_folder_in": {
        "nl": "de uitvoer gaat in de map {out}, maar {file} is een bestand, geen map; kies een "
        "map met --out (bijv. --out outputs) of verplaats het bestand; er is niets geschreven",
        "en": "the outputs go into the folder {out}, but {file} is a file, not a folder; "
        "choose a folder with --out (e.g. --out outputs) or move the file away; nothing was "
        "written",
    },
    "msg_out_file_on_path": {
        "nl": "kan niet schrijven in {folder}: {file} is een bestand, geen map; verplaats het of "
        "kies een andere map; er is niets geschreven",
        "en": "cannot write into {folder}: {file} is a file, not a folder; move it away or "
        "choose another folder; nothing was written",
    },
}
