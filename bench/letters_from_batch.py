#!/usr/bin/python3
"""Untimed preparation for the peers: the text and file name of every letter a dear-mp batch wrote.

Reads OUT/letters/*.eml (the plain-text body is the letter as Dear MP wrote it) and writes one JSON object
a line, {"name": file name without .pdf, "text": body}, so every peer lays out the same letters under the
same names. A letter to an MP without an email address has a PDF only; its text is read back from the
PDF with pdftotext (poppler-utils), so the peers still write every letter dear-mp wrote.
"""
import email
import json
import os
import subprocess
import sys
from email import policy


def main(out_dir, jsonl):
    letters = os.path.join(out_dir, "letters")
    pdfs = sorted(f[:-4] for f in os.listdir(letters) if f.endswith(".pdf"))
    if not pdfs:
        sys.exit(f"no letters in {letters}")
    tmp = jsonl + ".part"
    with open(tmp, "w", encoding="utf-8") as out:
        for name in pdfs:
            eml = os.path.join(letters, name + ".eml")
            if not os.path.exists(eml):
                pdf = os.path.join(letters, name + ".pdf")
                text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                                      capture_output=True, text=True).stdout
                text = text.replace("\f", "\n").strip("\n")
                out.write(json.dumps({"name": name, "text": text}, ensure_ascii=True) + "\n")
                continue
            with open(eml, "rb") as f:
                message = email.message_from_binary_file(f, policy=policy.default)
            body = message.get_body(preferencelist=("plain",))
            if body is None:
                sys.exit(f"{eml} has no text/plain part")
            text = body.get_content().replace("\r\n", "\n").strip("\n")
            out.write(json.dumps({"name": name, "text": text}, ensure_ascii=True) + "\n")
    os.replace(tmp, jsonl)
    print(f"{len(pdfs)} letters -> {jsonl}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: letters_from_batch.py BATCH_OUT_DIR LETTERS_JSONL")
    main(sys.argv[1], sys.argv[2])
