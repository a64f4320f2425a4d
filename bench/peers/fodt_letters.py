#!/usr/bin/python3
"""Part of the LibreOffice peer: each letter of letters.jsonl as a flat OpenDocument text (.fodt) file.

Flat ODT rather than .txt so the page (A4, 25 mm margins) and the font (Liberation Serif 11 pt) are the
ones the other peers use, whatever the machine's locale would give a plain-text import.
"""
import json
import os
import sys
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
 style:font-family-generic="roman"/></office:font-face-decls>
<office:styles><style:style style:name="Letter" style:family="paragraph">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.28cm" fo:line-height="0.51cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
</style:style></office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm"
 fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm"
 fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def main(jsonl, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            letter = json.loads(line)
            paragraphs = [p for p in letter["text"].split("\n\n") if p.strip()]
            body = "".join('<text:p text:style-name="Letter">' + escape(p).replace("\n", "<text:line-break/>")
                           + "</text:p>\n" for p in paragraphs)
            with open(os.path.join(out_dir, letter["name"] + ".fodt"), "w", encoding="utf-8") as out:
                out.write(HEAD + body + TAIL)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: fodt_letters.py LETTERS_JSONL FODT_DIR")
    main(*sys.argv[1:])
