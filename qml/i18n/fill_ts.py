#!/usr/bin/env python3
"""Writes the translations of translations_a.py / translations_b.py into the .ts files made by lupdate.

Run after `cmake --build <dir> --target update_translations` (or lupdate) added new source texts:
    python3 qml/i18n/fill_ts.py
A source text without a translation is reported and left "unfinished" (lrelease then shows the
English text): the script exits with status 1 so that this does not go unnoticed.
"""
import pathlib, sys, xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from translations_a import T as A  # noqa: E402
from translations_b import T as B  # noqa: E402

TABLE = {**A, **B}
LANGS = ["fr", "es", "it", "de", "zh", "uk"]
missing = set()
for lang in ["en"] + LANGS:
    path = HERE / f"cardex_kiosk_{lang}.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", {"zh": "zh_CN", "uk": "uk_UA", "en": "en_GB"}.get(lang, lang))
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # a text the sources no longer use: lupdate keeps it marked, and so do we
        if lang == "en":
            text = source
        elif source in TABLE:
            text = TABLE[source][LANGS.index(lang)]
        else:
            missing.add(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
for m in sorted(missing):
    print("missing translation:", m, file=sys.stderr)
sys.exit(1 if missing else 0)
