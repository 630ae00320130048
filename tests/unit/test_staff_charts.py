"""SVG charts for the staff overview: valid, accessible, escaped, CSP-safe."""

import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone

import pytest

from bot.staff.charts import (OUTLINE, PALETTE, bar_chart, nice_ticks, stacked_bar_chart,
                              week_label, weekly_counts, weeks_ending)

NS = {"svg": "http://www.w3.org/2000/svg"}
UTC = timezone.utc
NOW = datetime(2025, 11, 19, 15, 0, tzinfo=UTC)  # a Wednesday
WEEKS = weeks_ending(NOW, 12)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def segments(root: ET.Element) -> list:
    """Bar segments: the rects that carry a hover <title>."""
    return [r for r in root.iter("{%s}rect" % NS["svg"]) if r.find("svg:title", NS) is not None]


def all_text(root: ET.Element) -> str:
    return " ".join(t for el in root.iter() for t in [el.text] if t)


def tick_labels(root: ET.Element) -> list:
    return [int(t.text) for t in root.iter("{%s}text" % NS["svg"]) if t.get("text-anchor") == "end"]


# --- weeks and counts ---------------------------------------------------------------

def test_weeks_ending_gives_mondays_oldest_first_current_last():
    assert len(WEEKS) == 12
    assert all(w.weekday() == 0 for w in WEEKS)
    assert WEEKS[-1] == date(2025, 11, 17)
    assert WEEKS[0] == date(2025, 11, 17) - timedelta(weeks=11)
    assert WEEKS == sorted(WEEKS)


def test_weeks_ending_uses_utc_for_aware_and_naive_times():
    # Monday 01:00 in Berlin is still Sunday in UTC.
    berlin_monday = datetime(2025, 11, 17, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert weeks_ending(berlin_monday, 1) == [date(2025, 11, 10)]
    assert weeks_ending(datetime(2025, 11, 17, 0, 0), 1) == [date(2025, 11, 17)]
    assert weeks_ending(NOW, 0) == []


def test_week_boundary_sunday_2359_vs_monday_0000_utc():
    sunday = datetime(2025, 11, 16, 23, 59, 59, tzinfo=UTC)
    monday = datetime(2025, 11, 17, 0, 0, tzinfo=UTC)
    counts = weekly_counts([sunday, monday, monday], WEEKS)
    assert counts == {"all": [0] * 10 + [1, 2]}


def test_items_outside_the_weeks_are_ignored():
    too_old = datetime(2025, 8, 31, 23, 59, tzinfo=UTC)  # the Sunday before WEEKS[0]
    oldest = datetime(2025, 9, 1, 0, 0, tzinfo=UTC)
    future = datetime(2025, 11, 24, 0, 0, tzinfo=UTC)
    assert WEEKS[0] == date(2025, 9, 1)
    assert weekly_counts([too_old, oldest, future], WEEKS) == {"all": [1] + [0] * 11}


def test_weekly_counts_by_key_takes_timestamp_item_pairs():
    t = datetime(2025, 11, 18, tzinfo=UTC)
    leads = [(t, {"condition": "ptsd"}), (t, {"condition": "depression"}),
             (t - timedelta(weeks=1), {"condition": "ptsd"}), (t, {"condition": None})]
    counts = weekly_counts(leads, WEEKS, key=lambda lead: lead["condition"])
    assert list(counts) == ["depression", "ptsd", "unknown"]
    assert counts["ptsd"][-2:] == [1, 1]
    assert counts["depression"][-1] == 1 and counts["unknown"][-1] == 1


@pytest.mark.parametrize("maximum, ticks", [
    (0, [0, 1]), (1, [0, 1]), (3, [0, 1, 2, 3]), (7, [0, 2, 4, 6, 8]),
    (9, [0, 2, 4, 6, 8, 10]), (37, [0, 10, 20, 30, 40]), (120, [0, 50, 100, 150]),
])
def test_nice_ticks(maximum, ticks):
    assert nice_ticks(maximum) == ticks


def test_week_label_is_locale_independent():
    assert week_label(date(2025, 11, 16)) == "Nov 16"
    assert week_label(date(2026, 1, 5)) == "Jan 5"


# --- stacked chart ---------------------------------------------------------------------

def sample_series():
    depression = [0] * 12
    ptsd = [0] * 12
    depression[-1], ptsd[-1], depression[3], ptsd[5] = 3, 2, 4, 1
    return {"depression": depression, "ptsd": ptsd}


def test_stacked_chart_is_valid_accessible_svg():
    svg = stacked_bar_chart("New leads per week by condition", WEEKS, sample_series(),
                            labels={"ptsd": "PTSD"})
    root = parse(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title.text == "New leads per week by condition"
    assert desc.text == ("New leads per week by condition, last 12 weeks: 10 in total; "
                         "most in the week of Nov 17 (5). depression: 7, PTSD: 3.")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_one_segment_per_nonzero_count_with_hover_text():
    root = parse(stacked_bar_chart("Leads", WEEKS, sample_series(), labels={"ptsd": "PTSD"}))
    bars = segments(root)
    assert len(bars) == 4
    hovers = {r.find("svg:title", NS).text for r in bars}
    assert "Week of Nov 17 — depression: 3" in hovers
    assert "Week of Nov 17 — PTSD: 2" in hovers
    assert {r.get("fill") for r in bars} == {PALETTE[0], PALETTE[1]}


def test_segments_stack_and_scale_to_the_axis():
    root = parse(stacked_bar_chart("Leads", WEEKS, sample_series()))
    last = [r for r in segments(root) if "Nov 17" in r.find("svg:title", NS).text]
    depression, ptsd = last
    # Stacked: PTSD sits directly on top of depression; heights are in a 3:2 ratio.
    ptsd_bottom = float(ptsd.get("y")) + float(ptsd.get("height"))
    assert ptsd_bottom == pytest.approx(float(depression.get("y")))
    assert float(depression.get("height")) / float(ptsd.get("height")) == pytest.approx(1.5)


def test_axes_have_week_labels_and_round_ticks():
    root = parse(stacked_bar_chart("Leads", WEEKS, sample_series()))
    text = all_text(root)
    assert "Nov 17" in text and "Sep 1" in text
    assert tick_labels(root) == [0, 1, 2, 3, 4, 5]


def test_legend_names_each_series_and_single_series_has_none():
    root = parse(stacked_bar_chart("Leads", WEEKS, sample_series(), labels={"ptsd": "PTSD"}))
    texts = [t.text for t in root.iter("{%s}text" % NS["svg"])]
    assert "depression" in texts and "PTSD" in texts
    single = parse(bar_chart("Escalations per week", WEEKS, [1] * 12, label="escalations"))
    assert "escalations" not in [t.text for t in single.iter("{%s}text" % NS["svg"])]


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "\"&'", "a]]>b", "x\x00\x1by"])
def test_hostile_series_names_are_escaped(hostile):
    counts = [0] * 11 + [2]
    svg = stacked_bar_chart(f"Leads {hostile}", WEEKS, {hostile: counts, "ok": counts})
    root = parse(svg)  # still well-formed XML
    assert "<script>" not in svg
    assert not list(root.iter("script")) and not list(root.iter("{%s}script" % NS["svg"]))
    clean = hostile.replace("\x00", "").replace("\x1b", "")
    assert f"Week of Nov 17 — {clean}: 2" in {r.find("svg:title", NS).text for r in segments(root)}
    assert root.find("svg:title", NS).text == f"Leads {clean}"


def test_no_inline_styles_for_the_csp():
    svg = stacked_bar_chart("Leads", WEEKS, sample_series())
    root = parse(svg)
    assert all("style" not in el.attrib for el in root.iter())
    assert not list(root.iter("{%s}style" % NS["svg"]))
    assert "<script" not in svg and "javascript:" not in svg


@pytest.mark.parametrize("series", [{}, {"all": [0] * 12}])
def test_empty_data_says_no_data_yet(series):
    root = parse(stacked_bar_chart("New leads", WEEKS, series))
    assert root.get("role") == "img"
    assert "No data yet" in all_text(root)
    assert root.find("svg:desc", NS).text == "New leads: No data yet."
    assert segments(root) == []


def test_no_weeks_is_empty_too():
    root = parse(bar_chart("Escalations", [], [], empty_text="No escalations"))
    assert "No escalations" in all_text(root)


def test_counts_must_match_weeks():
    with pytest.raises(ValueError):
        stacked_bar_chart("Leads", WEEKS, {"a": [1, 2]})
    with pytest.raises(ValueError):
        bar_chart("Leads", WEEKS, [-1] + [0] * 11)


def test_single_series_bar_chart():
    counts = [0] * 12
    counts[2], counts[-1] = 4, 1
    root = parse(bar_chart("Escalations per week", WEEKS, counts, label="escalations"))
    assert len(segments(root)) == 2
    assert root.find("svg:desc", NS).text == (
        "Escalations per week, last 12 weeks: 5 in total; most in the week of Sep 15 (4).")
    hovers = {r.find("svg:title", NS).text for r in segments(root)}
    assert "Week of Nov 17 — escalations: 1" in hovers


def test_more_series_than_colours_are_merged_into_others():
    series = {f"c{i}": [0] * 11 + [i + 1] for i in range(10)}
    root = parse(stacked_bar_chart("Leads", WEEKS, series))
    bars = segments(root)
    assert len(bars) == len(PALETTE)
    assert len({r.get("fill") for r in bars}) == len(PALETTE)
    assert "Week of Nov 17 — 3 others: 6" in {r.find("svg:title", NS).text for r in bars}
    assert "55 in total" in root.find("svg:desc", NS).text


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_palette_is_okabe_ito_and_every_segment_stands_out_on_white():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                 "#CC79A7", "#000000"}
    assert set(PALETTE) == okabe_ito and len(PALETTE) == 8
    assert _contrast(OUTLINE, "#FFFFFF") >= 3
    for colour in PALETTE:  # either the fill or its outline gives 3:1 (WCAG 1.4.11)
        assert max(_contrast(colour, "#FFFFFF"), _contrast(colour, OUTLINE)) >= 3
    assert all(_contrast(c, "#FFFFFF") >= 3 for c in PALETTE[:4])
