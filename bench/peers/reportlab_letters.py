#!/usr/bin/python3
"""Peer: the letters of letters.jsonl as PDFs with ReportLab, as a developer would write it in an afternoon.

One A4 PDF per letter (Liberation Serif embedded as TrueType, paragraphs wrapped by platypus), each through
a temporary file renamed into place, then one print file of all letters, one letter per new page. Single
process, single thread: ReportLab has no parallel writer, and a simple script would not fork.
Run with /usr/bin/python3, where the Debian package python3-reportlab is installed.
"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

PRINT_FILE = "all-letters-for-printing.pdf"


def story(text, style):
    # Blank lines part paragraphs; a single line break (the address under the signature) stays one.
    return [Paragraph(escape(p).replace("\n", "<br/>"), style) for p in text.split("\n\n") if p.strip()]


def build(path, flowables):
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".part")
    doc = SimpleDocTemplate(tmp, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm)
    doc.build(flowables)
    os.replace(tmp, path)


def main(jsonl, out_dir, font):
    pdfmetrics.registerFont(TTFont("LiberationSerif", font))
    style = ParagraphStyle("letter", fontName="LiberationSerif", fontSize=11, leading=14.5, spaceAfter=8)
    letters_dir = os.path.join(out_dir, "letters")
    os.makedirs(letters_dir, exist_ok=True)
    merged = []
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            letter = json.loads(line)
            build(os.path.join(letters_dir, letter["name"] + ".pdf"), story(letter["text"], style))
            if merged:
                merged.append(PageBreak())
            merged.extend(story(letter["text"], style))
    build(os.path.join(out_dir, PRINT_FILE), merged)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: reportlab_letters.py LETTERS_JSONL OUT_DIR FONT_TTF")
    main(*sys.argv[1:])
