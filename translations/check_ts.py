#!/usr/bin/env python3
"""Fail when lupdate would change a .ts file: the translations must match the sources.

  check_ts.py LUPDATE GENERATE_SCRIPT PROJECT.cmake…

For every lupdate project given (qt_add_lupdate's .lupdate/<target>_project.cmake, as CMake
lists them), runs lupdate on copies of its .ts files, in the repository's layout (fill_ts.py's),
and compares them with the files in translations/. Nothing in the source tree is written.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fill_ts  # noqa: E402


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    lupdate, generate = argv[1:3]
    projects = argv[3:]
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for project in sorted(projects):
            out_json = os.path.join(tmp, os.path.basename(project) + ".json")
            subprocess.run(["cmake", f"-DIN_FILE={project}", f"-DOUT_FILE={out_json}", "-P", generate],
                           check=True, stdout=subprocess.DEVNULL)
            with open(out_json, encoding="utf-8") as f:
                translations = json.load(f)["translations"]
            copies = []
            for ts in translations:
                copy = os.path.join(tmp, os.path.basename(ts))
                shutil.copyfile(ts, copy)
                copies.append(copy)
            subprocess.run([lupdate, "-silent", "-project", out_json, "-no-obsolete", "-locations", "none",
                            "-ts", *copies], check=True, stdout=subprocess.DEVNULL)
            for ts, copy in zip(translations, copies):
                tree, _root = fill_ts.load(copy)
                fill_ts.save(tree, copy)
                with open(ts, "rb") as a, open(copy, "rb") as b:
                    if a.read() != b.read():
                        stale.append(ts)
    for ts in stale:
        print(f"check_ts: {ts} is not in sync with the sources: run the update_translations target, then "
              f"translations/fill_ts.py (see README.md, Translations)", file=sys.stderr)
    print(f"check_ts: {len(projects)} components, {len(stale)} stale .ts files")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
