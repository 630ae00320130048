"""Assemble a blind evaluation set from the writers' files.

Usage: python tools/blind/assemble.py crisis|questions OUT HEADER IN [IN ...]

Leaves out any message that repeats another in the new set or a string already
in data/ or tests/ (compared lowercased, without accents or punctuation), then
writes OUT with HEADER (a text file; "{n}" and "{dropped}" are filled in) as
its comment block. Checks each item's fields for the kind of set.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {
    "crisis": {"kinds": {"overdose", "self_harm", "medical", "none"},
               "tiers": {"emergency", "ask", "none"}},
}


def key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


def known_strings() -> set:
    seen = set()
    for path in list((ROOT / "data").rglob("*.yml")) + list((ROOT / "tests").rglob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = re.sub(r"^\s*(- )?(text: )?", "", line).strip().strip("\"'")
            if len(line) > 8:
                seen.add(key(line))
    for path in (ROOT / "tests").rglob("*.py"):
        for literal in re.findall(r"\"([^\"\n]{9,})\"|'([^'\n]{9,})'", path.read_text(encoding="utf-8")):
            seen.add(key(literal[0] or literal[1]))
    return seen


def check(kind: str, item: dict) -> None:
    assert isinstance(item.get("text"), str) and item["text"].strip(), item
    assert item.get("lang") in {"en", "es"}, item
    if kind == "crisis":
        assert item.get("kind") in FIELDS["crisis"]["kinds"], item
        assert item.get("tier") in FIELDS["crisis"]["tiers"], item
        assert (item["kind"] == "none") == (item["tier"] == "none"), item
    else:
        sys.path.insert(0, str(ROOT / "tools"))
        from question_eval import TOPIC_ANSWERS
        assert item.get("topic") in TOPIC_ANSWERS, item
        assert item.get("also") in (None, *TOPIC_ANSWERS), item


def main(kind: str, out: str, header: str, *inputs: str) -> None:
    known, kept, dropped, seen = known_strings(), [], 0, set()
    for path in inputs:
        for item in yaml.safe_load(Path(path).read_text(encoding="utf-8")):
            check(kind, item)
            k = key(item["text"])
            if k in known or k in seen:
                dropped += 1
                continue
            seen.add(k)
            kept.append({f: item[f] for f in ("text", "kind", "tier", "topic", "also", "lang", "note")
                         if item.get(f) is not None})
    head = Path(header).read_text(encoding="utf-8").format(n=len(kept), dropped=dropped)
    body = yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=10_000)
    Path(out).write_text(head.rstrip("\n") + "\n" + body, encoding="utf-8")
    print(f"{out}: {len(kept)} kept, {dropped} dropped")


if __name__ == "__main__":
    main(*sys.argv[1:])
