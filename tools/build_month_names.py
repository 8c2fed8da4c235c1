"""Write timeline/ingest/data/month_names.json: CLDR's month names (via babel) for the page languages.

    python tools/build_month_names.py [--check]

Loading babel's locale data for forty languages takes seconds, too long for every run of the
command line, so the names are generated once, here, and checked in (as dateparser merges its
language data by a script). --check exits 1 when the checked-in file differs from what babel gives.
The languages are those with a timeline/languages/<code>/page.yaml and the extra ones timeline/languages/page.yaml
names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from babel.dates import get_month_names

from timeline.ingest.page_languages import COMMON, page_files

OUT = Path(__file__).resolve().parents[1] / "timeline" / "ingest" / "data" / "month_names.json"


def languages() -> list[str]:
    files = page_files()  # the files the run reads, found as it finds them
    common = files.pop(COMMON)
    codes = sorted(files)
    more = common["more_month_languages"]
    assert isinstance(more, list)
    return codes + [str(c) for c in more if c not in codes]


def month_names(code: str) -> dict[str, int]:
    """Wide and abbreviated, format and stand-alone names, lower case, no trailing dot, no digits."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=code).items():
                key = name.lower().rstrip(".")
                if len(key) >= 2 and not re.search(r"\d", key):
                    names[key] = number
    return dict(sorted(names.items()))


def generate() -> str:
    table = {code: month_names(code) for code in languages()}
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the checked-in file instead of writing")
    text = generate()
    if parser.parse_args().check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'differs from CLDR; rerun without --check'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
