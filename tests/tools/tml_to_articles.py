#!/usr/bin/env python3
"""Turns TimeML files (TBAQ, the news-set) into a JSON array of articles for `ingest`:
title (TITLE, else the DOCID), text (TEXT with its tags stripped), published (the DCT's value).

  python3 tests/tools/tml_to_articles.py /work/shared/corpora/tbaq > /tmp/tbaq-articles.json
"""
import glob
import html
import json
import os
import re
import sys


def text_of(xml, tag):
    m = re.search(rf"<{tag}>(.*?)</{tag}>", xml, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else None


def article(path):
    xml = open(path, encoding="utf-8").read()
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>', xml) and re.search(r'<DCT>.*?value="([^"]+)"', xml, re.S)
    value = dct.group(1) if dct else None
    published = value if value and "T" in value else (value + "T12:00:00Z" if value else None)
    if published and "T" in published and not published.endswith("Z") and "+" not in published[10:]:
        published += "Z"
    title = text_of(xml, "TITLE") or text_of(xml, "DOCID") or os.path.basename(path)
    return {"title": title, "source": os.path.basename(path), "published": published, "text": text_of(xml, "TEXT")}


def main():
    paths = sorted(p for root in sys.argv[1:] for p in glob.glob(os.path.join(root, "**", "*.tml"), recursive=True))
    json.dump([article(p) for p in paths], sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
