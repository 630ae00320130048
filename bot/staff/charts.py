"""Server-rendered SVG charts for the staff overview page.

Pure functions, no JavaScript and no third-party code. The page's Content
Security Policy forbids inline styles, so every colour, font and size is an SVG
presentation attribute (fill="...", font-size="...") and never style="..." or a
<style> element. Every piece of text is XML-escaped, because series names come
from data (a lead's condition).

Weeks are ISO weeks in UTC, each named by its Monday.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import date, datetime, timedelta, timezone
from html import escape
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common
# colour-vision deficiencies. The ones with at least 3:1 contrast on white come
# first; the lighter ones (orange, sky blue, yellow) are below that on their own,
# so every segment and swatch also gets OUTLINE, which is above 3:1 on white and
# on each of them (WCAG 2.1, 1.4.11 non-text contrast).
PALETTE: Tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
OUTLINE = "#1A1A1A"
TEXT = "#222222"  # 15.9:1 on white
GRID = "#D9D9D9"
AXIS = "#595959"  # 7:1 on white
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
NO_DATA = "No data yet"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Characters XML 1.0 forbids even as references; data could still contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = 44, 12, 16, 30
_LEGEND_ROW = 20
_LEGEND_CHARS = 28  # longer legend labels are shortened; the full text is in the hover


# --- Weeks and counts -----------------------------------------------------------

def _utc(moment: datetime) -> datetime:
    """Aware datetimes converted to UTC; naive ones are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def week_start(moment: datetime) -> date:
    """The Monday of the ISO week (in UTC) that `moment` falls in."""
    day = _utc(moment).date()
    return day - timedelta(days=day.weekday())


def weeks_ending(now: datetime, count: int = 12) -> List[date]:
    """The Mondays of the last `count` ISO weeks, oldest first, `now`'s week last."""
    if count < 0:
        raise ValueError("count must not be negative")
    current = week_start(now)
    return [current - timedelta(weeks=back) for back in range(count - 1, -1, -1)]


def weekly_counts(
    items: Iterable[Any], weeks: Sequence[date],
    key: Optional[Callable[[Any], Optional[str]]] = None,
) -> Dict[str, List[int]]:
    """Count items per week: {series: [count for each of `weeks`]}.

    Without `key`, `items` are datetimes and the one series is "all".
    With `key`, `items` are (timestamp, item) pairs and the series is
    str(key(item)) ("unknown" when key returns None or ""), e.g.
    `weekly_counts(((l.created_at, l) for l in leads), weeks, key=lambda l: l.condition)`.
    Items outside `weeks` are ignored. Series come back sorted by name, so
    their colours do not change from one page load to the next.
    """
    index = {monday: i for i, monday in enumerate(weeks)}
    counts: Dict[str, List[int]] = {} if key else {"all": [0] * len(weeks)}
    for entry in items:
        timestamp, series = (entry[0], _series_name(key(entry[1]))) if key else (entry, "all")
        i = index.get(week_start(timestamp))
        if i is not None:
            counts.setdefault(series, [0] * len(weeks))[i] += 1
    return dict(sorted(counts.items()))


def _series_name(value: Optional[Any]) -> str:
    return "unknown" if value is None or value == "" else str(value)


def week_label(monday: date) -> str:
    """"Nov 16": fixed English month names, whatever the server's locale."""
    return f"{_MONTHS[monday.month - 1]} {monday.day}"


def nice_ticks(maximum: int, target: int = 5) -> List[int]:
    """Round y-axis ticks from 0 up to at least `maximum`: steps of 1, 2 or 5 x 10^n."""
    if maximum <= 0:
        return [0, 1]
    raw = max(maximum / target, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    top = math.ceil(maximum / step) * step
    return list(range(0, top + 1, step))


# --- Charts ----------------------------------------------------------------------

def bar_chart(
    title: str, weeks: Sequence[date], counts: Sequence[int], *, label: str = "count",
    width: int = 720, height: int = 280, empty_text: str = NO_DATA,
) -> str:
    """A single-series weekly bar chart, e.g. escalations per week.

    `label` names the series in the hover text: "Week of Nov 16 — {label}: 3".
    """
    return stacked_bar_chart(title, weeks, {label: list(counts)}, width=width,
                             height=height, empty_text=empty_text)


def stacked_bar_chart(
    title: str, weeks: Sequence[date], series: Dict[str, Sequence[int]],
    labels: Optional[Dict[str, str]] = None, width: int = 720, height: int = 280,
    *, empty_text: str = NO_DATA,
) -> str:
    """An accessible SVG (role="img", <title>, a text summary in <desc>) of weekly stacked bars.

    `series` maps a name to one count per week (as from weekly_counts);
    `labels` gives display names ({"ptsd": "PTSD"}), defaulting to the name.
    More series than colours are merged, smallest first, into one "N others".
    With no weeks, no series or nothing counted, the SVG says `empty_text`.
    """
    _check(weeks, series)
    names = dict(series)
    shown = {key: (labels or {}).get(key, key) for key in names}
    names, shown = _fold_extra_series(names, shown)
    total = sum(sum(counts) for counts in names.values())
    ident = "chart-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:10]
    if not weeks or total == 0:
        return _empty_svg(ident, title, empty_text, width, height)
    parts = _legend(names, shown, width) if len(names) > 1 else []
    top = _MARGIN_TOP + (_legend_height(names, shown, width) if len(names) > 1 else 0)
    plot = _Plot(left=_MARGIN_LEFT, top=top, right=width - _MARGIN_RIGHT,
                 bottom=height - _MARGIN_BOTTOM, weeks=len(weeks),
                 ticks=nice_ticks(max(_week_totals(names, len(weeks)))))
    parts = _axes(plot, weeks) + _bars(plot, weeks, names, shown) + parts
    return _svg(ident, title, _describe(title, weeks, names, shown), width, height, parts)


def _check(weeks: Sequence[date], series: Dict[str, Sequence[int]]) -> None:
    for name, counts in series.items():
        if len(counts) != len(weeks):
            raise ValueError(f"series {name!r} has {len(counts)} counts for {len(weeks)} weeks")
        if any(count < 0 for count in counts):
            raise ValueError(f"series {name!r} has a negative count")


def _fold_extra_series(
    names: Dict[str, Sequence[int]], shown: Dict[str, str],
) -> Tuple[Dict[str, Sequence[int]], Dict[str, str]]:
    """Keep the largest series that have a colour; merge the rest into "N others"."""
    if len(names) <= len(PALETTE):
        return names, shown
    by_size = sorted(names, key=lambda k: -sum(names[k]))
    keep, rest = by_size[:len(PALETTE) - 1], by_size[len(PALETTE) - 1:]
    merged_key = "others"
    while merged_key in names:  # a real series could be called "others"
        merged_key += "_"
    kept = {k: names[k] for k in names if k in keep}
    kept[merged_key] = [sum(col) for col in zip(*(names[k] for k in rest))]
    kept_shown = {k: shown[k] for k in keep}
    kept_shown[merged_key] = f"{len(rest)} others"
    return kept, kept_shown


def _week_totals(series: Dict[str, Sequence[int]], count: int) -> List[int]:
    return [sum(counts[i] for counts in series.values()) for i in range(count)]


def _describe(title: str, weeks: Sequence[date], series: Dict[str, Sequence[int]],
              shown: Dict[str, str]) -> str:
    """The text equivalent of the chart, for screen readers and as a fallback."""
    totals = _week_totals(series, len(weeks))
    busiest = max(range(len(weeks)), key=lambda i: (totals[i], i))  # latest on a tie
    span = "week" if len(weeks) == 1 else f"{len(weeks)} weeks"
    text = (f"{title}, last {span}: {sum(totals)} in total; most in the week of "
            f"{week_label(weeks[busiest])} ({totals[busiest]})")
    if len(series) > 1:
        parts = sorted(series, key=lambda k: -sum(series[k]))
        text += ". " + ", ".join(f"{shown[k]}: {sum(series[k])}" for k in parts)
    return text + "."


# --- SVG pieces --------------------------------------------------------------------

class _Plot:
    """The plotting area and the mapping from (week, count) to coordinates."""

    def __init__(self, *, left: float, top: float, right: float, bottom: float,
                 weeks: int, ticks: List[int]) -> None:
        self.left, self.top, self.right, self.bottom = left, top, right, bottom
        self.ticks = ticks
        self.band = (right - left) / weeks

    def y(self, value: float) -> float:
        return self.bottom - (self.bottom - self.top) * value / self.ticks[-1]

    def bar_x(self, i: int) -> float:
        return self.left + self.band * (i + 0.15)

    @property
    def bar_width(self) -> float:
        return self.band * 0.7


def _text(value: str) -> str:
    """XML-escaped text, for element content and attribute values alike."""
    return escape(_NOT_XML.sub("", str(value)), quote=True)


def _n(number: float) -> str:
    return f"{number:.1f}".rstrip("0").rstrip(".")


def _label(x: float, y: float, text: str, *, anchor: str = "middle", size: int = 11) -> str:
    return (f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" font-size="{size}" '
            f'fill="{TEXT}">{_text(text)}</text>')


def _svg(ident: str, title: str, desc: str, width: int, height: int,
         parts: List[str]) -> str:
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-family="{_text(FONT)}">',
        f'<title id="{ident}-title">{_text(title)}</title>',
        f'<desc id="{ident}-desc">{_text(desc)}</desc>',
        *parts,
        "</svg>",
    ])


def _empty_svg(ident: str, title: str, empty_text: str, width: int, height: int) -> str:
    parts = [
        f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="#FFFFFF" '
        f'stroke="{GRID}"/>',
        _label(width / 2, height / 2, empty_text, size=14),
    ]
    return _svg(ident, title, f"{title}: {empty_text}.", width, height, parts)


def _axes(plot: _Plot, weeks: Sequence[date]) -> List[str]:
    parts = []
    for tick in plot.ticks:
        y = plot.y(tick)
        parts.append(f'<line x1="{_n(plot.left)}" y1="{_n(y)}" x2="{_n(plot.right)}" '
                     f'y2="{_n(y)}" stroke="{AXIS if tick == 0 else GRID}" stroke-width="1"/>')
        parts.append(_label(plot.left - 6, y + 4, str(tick), anchor="end"))
    every = max(1, math.ceil(48 / plot.band))  # about 48px per "Nov 16"
    for i, monday in enumerate(weeks):
        if (len(weeks) - 1 - i) % every == 0:  # always label the current week
            parts.append(_label(plot.bar_x(i) + plot.bar_width / 2, plot.bottom + 18,
                                week_label(monday)))
    return parts


def _bars(plot: _Plot, weeks: Sequence[date], series: Dict[str, Sequence[int]],
          shown: Dict[str, str]) -> List[str]:
    parts = []
    for i, monday in enumerate(weeks):
        base = 0
        for colour, (key, counts) in zip(PALETTE, series.items()):
            if counts[i]:
                parts.append(_segment(plot, i, base, counts[i], colour,
                                      f"Week of {week_label(monday)} — {shown[key]}: {counts[i]}"))
                base += counts[i]
        if base and plot.band >= 24:  # the total above the bar, when there is room
            parts.append(_label(plot.bar_x(i) + plot.bar_width / 2, plot.y(base) - 4,
                                str(base), size=10))
    return parts


def _segment(plot: _Plot, i: int, base: int, count: int, colour: str, hover: str) -> str:
    y_top, y_base = plot.y(base + count), plot.y(base)
    return (f'<rect x="{_n(plot.bar_x(i))}" y="{_n(y_top)}" width="{_n(plot.bar_width)}" '
            f'height="{_n(y_base - y_top)}" fill="{colour}" stroke="{OUTLINE}" '
            f'stroke-width="0.75"><title>{_text(hover)}</title></rect>')


def _legend_layout(series: Dict[str, Sequence[int]], shown: Dict[str, str],
                   width: int) -> List[Tuple[float, float, str, str]]:
    """(x, y, colour, label) per legend entry, wrapping onto new rows as needed."""
    x, y, entries = float(_MARGIN_LEFT), float(_MARGIN_TOP), []
    for colour, key in zip(PALETTE, series):
        text = _shorten(shown[key])
        item_width = 18 + 7 * len(text) + 16  # swatch, text at ~7px a character, gap
        if x + item_width > width - _MARGIN_RIGHT and x > _MARGIN_LEFT:
            x, y = float(_MARGIN_LEFT), y + _LEGEND_ROW
        entries.append((x, y, colour, text))
        x += item_width
    return entries


def _legend_height(series: Dict[str, Sequence[int]], shown: Dict[str, str], width: int) -> int:
    rows = {y for _, y, _, _ in _legend_layout(series, shown, width)}
    return len(rows) * _LEGEND_ROW + 12


def _legend(series: Dict[str, Sequence[int]], shown: Dict[str, str], width: int) -> List[str]:
    parts = []
    for (x, y, colour, text), key in zip(_legend_layout(series, shown, width), series):
        parts.append(f'<g><title>{_text(shown[key])}</title>'  # the full name on hover
                     f'<rect x="{_n(x)}" y="{_n(y)}" width="12" height="12" fill="{colour}" '
                     f'stroke="{OUTLINE}" stroke-width="0.75"/>'
                     + _label(x + 18, y + 10, text, anchor="start", size=12) + "</g>")
    return parts


def _shorten(text: str) -> str:
    text = _NOT_XML.sub("", text)
    return text if len(text) <= _LEGEND_CHARS else text[:_LEGEND_CHARS - 1] + "…"
