#!/usr/bin/env python3
"""Fill Qt Linguist .ts files without the GUI.

  fill_ts.py --english FILE_en.ts…        every unfinished entry: translation = source text
                                          ("%n record(s)" becomes "%n record" / "%n records")
  fill_ts.py --map MAP.json FILE.ts…      set translations from a JSON object {source: translation}
                                          (a list of two strings for a %n plural: Chinese needs one form)
  fill_ts.py --list FILE.ts…              print the sources still unfinished, one JSON string a line
  fill_ts.py --normalise FILE.ts…         rewrite in the repository's layout only (after lupdate)

Every mode but --list also writes the files in that one layout, which check_ts.py expects.

Run `cmake --build build --target update_translations` first, so the .ts files list every tr() string.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def messages(root):
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield msg


def unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") == "unfinished" or not "".join(tr.itertext()).strip()


def set_translation(msg, forms):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = forms[0]


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    mode = argv[1]
    if mode not in ("--map", "--english", "--list", "--normalise"):
        print(__doc__)
        return 2
    if mode == "--map":
        mapping = json.load(open(argv[2], encoding="utf-8"))
        files = argv[3:]
    else:
        mapping = None
        files = argv[2:]
    missing = 0
    for path in files:
        tree, root = load(path)
        for msg in messages(root):
            source = msg.findtext("source")
            if mode == "--list":
                if unfinished(msg):
                    print(json.dumps(source, ensure_ascii=False))
                    missing += 1
                continue
            if mode == "--english":
                if not unfinished(msg):
                    continue
                if msg.get("numerus") == "yes" and "(s)" in source:
                    forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
                elif msg.get("numerus") == "yes":
                    forms = [source, source]
                else:
                    forms = [source]
                set_translation(msg, forms)
            elif mode == "--map":
                if source in mapping:
                    value = mapping[source]
                    set_translation(msg, value if isinstance(value, list) else [value])
                elif unfinished(msg):
                    missing += 1
                    print(f"{path}: no translation for {source!r}", file=sys.stderr)
        if mode != "--list":
            save(tree, path)
    return 1 if missing and mode == "--map" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
