#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Quick report on translations/*.ts, the same rules as tests/app/tst_translations.cpp.

    python3 translations/check_ts.py            # counts, then every problem; exit 1 if any
    python3 translations/check_ts.py --list fr  # the unfinished entries of one language

Rules: no unfinished, vanished or obsolete entry (lupdate runs with -no-obsolete), no empty
translation, two plural forms, the same %1..%9 placeholders as the source, TLP labels kept.
Refresh the files first with `cmake --build <dir> --target phenomap_app_lupdate`.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"%L?([1-9])(?![0-9])")
TLP = re.compile(r"TLP:[A-Z]+(?:\+STRICT)?")


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            yield name, m.findtext("source") or "", numerus, tr.get("type"), forms


def problems(path):
    for ctx, src, numerus, kind, forms in messages(path):
        where = f"{path.name} [{ctx}] {src[:70]!r}"
        if kind:
            yield f"{where}: {kind}"
            continue
        if numerus and len(forms) != 2:
            yield f"{where}: {len(forms)} plural forms"
        for t in forms:
            if not t.strip():
                yield f"{where}: empty"
                continue
            if set(PLACEHOLDER.findall(src)) != set(PLACEHOLDER.findall(t)):
                yield f"{where}: placeholders differ in {t!r}"
            if not set(TLP.findall(src)) <= set(TLP.findall(t)):
                yield f"{where}: TLP label changed in {t!r}"


def main(argv):
    files = sorted(HERE.glob("phenomap_*.ts"))
    if len(argv) == 3 and argv[1] == "--list":
        for ctx, src, _, kind, _ in messages(HERE / f"phenomap_{argv[2]}.ts"):
            if kind == "unfinished":
                print(f"{ctx}\t{src!r}")
        return 0
    found = []
    for path in files:
        entries = list(messages(path))
        unfinished = sum(1 for e in entries if e[3] == "unfinished")
        print(f"{path.name}: {len(entries)} entries, {unfinished} unfinished")
        found += problems(path)
    for p in found:
        print(p)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
