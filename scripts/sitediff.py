"""Compare two built sites file by file, for refactorings that must not change the output.

Usage: python scripts/sitediff.py OLD_SITE NEW_SITE [N]

Prints the files only in one site, the counts of identical files, of files that differ only in
whitespace between tags or in how a character is escaped (&#39; / &#x27;), and of files that
differ in content; then the first lines of the diff of up to N such files (tags split onto lines).
"""

from __future__ import annotations

import difflib
import re
import sys
from html import unescape
from pathlib import Path


def normalised(text: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r">\s+<", "><", text)))


def main(old: Path, new: Path, shown: int = 8) -> int:
    files = {p.relative_to(old) for p in old.rglob("*") if p.is_file() and p.name != "edition.zip"}
    others = {p.relative_to(new) for p in new.rglob("*") if p.is_file() and p.name != "edition.zip"}
    print("only in the old site:", sorted(map(str, files - others)))
    print("only in the new site:", sorted(map(str, others - files)))
    same = whitespace = 0
    different = []
    for name in sorted(files & others):
        a, b = (old / name).read_bytes(), (new / name).read_bytes()
        if a == b:
            same += 1
        elif normalised(a.decode(errors="replace")) == normalised(b.decode(errors="replace")):
            whitespace += 1
        else:
            different.append(name)
    print(f"identical {same}, whitespace or escaping only {whitespace}, different {len(different)}")
    for name in different[:shown]:
        lines = [
            normalised((site / name).read_text(errors="replace")).replace("><", ">\n<").split("\n")
            for site in (old, new)
        ]
        print("==", name)
        for line in list(difflib.unified_diff(*lines, lineterm="", n=0))[2:14]:
            print("  ", line[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 8))
