"""Accessibility checks in the browser tests: axe-core (pinned in
tests/browser/axe/package-lock.json, installed by `make setup` with npm ci) run
in the page by Playwright, with the WCAG 2.0, 2.1 and 2.2 A and AA rules."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

AXE_JS = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# axe tags: WCAG 2.0, 2.1 and 2.2 (2.2 adds AA rules only), levels A and AA.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@lru_cache(maxsize=1)
def axe_source() -> str:
    assert AXE_JS.exists(), "axe-core is not installed: run `make setup` (npm ci in tests/browser/axe)"
    return AXE_JS.read_text(encoding="utf-8")


def violations(page) -> list:
    """axe's WCAG 2.2 AA violations of the page as it is now. Evaluated through the
    DevTools protocol, so the page's Content-Security-Policy does not block axe."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})", WCAG_AA)
    return result["violations"]


def summary(found: list) -> str:
    """One line per violation and its first nodes, for a readable failure."""
    lines = []
    for v in found:
        nodes = [" ".join(n.get("target", [])) if isinstance(n.get("target"), list)
                 else json.dumps(n.get("target")) for n in v["nodes"][:3]]
        lines.append(f"{v['id']} ({v.get('impact')}, {len(v['nodes'])} nodes): {v['help']} "
                     f"-> {'; '.join(map(str, nodes))}")
    return "\n".join(lines)


def assert_accessible(page, where: str) -> None:
    found = violations(page)
    assert not found, f"axe WCAG 2.2 AA violations on {where}:\n{summary(found)}"
