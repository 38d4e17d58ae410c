"""The relationship chart, written as SVG by hand: cooperative events as bars above the axis,
conflictual events below it, per month or year, with markers for agreement steps and change
points. SVG needs no plotting library, stays text (searchable, diffable, testable) and embeds in
HTML as a data URI."""
from __future__ import annotations

import base64
from html import escape

COOP = "#2e7d32"
CONFLICT = "#c62828"
MARK = "#1f4e9c"
SHIFT = "#7a5a00"


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def relationship_svg(rows: list[dict], *, title: str, markers: list[tuple[str, str]] = (),
                     shifts: list[tuple[str, str]] = (), width: int = 760, height: int = 280) -> str:
    """An SVG chart of filled series rows (every period, oldest first, with ``cooperation`` and
    ``conflict`` counts). ``markers``: (period, label) for agreement steps; ``shifts``:
    (period, label) for change points."""
    left, right, top, bottom = 44, 12, 44, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(len(rows), 1)
    up = max([r["cooperation"] for r in rows] + [1])
    down = max([r["conflict"] for r in rows] + [0])
    scale = plot_h / (up + down)
    zero = top + up * scale
    slot = plot_w / n
    bar = max(1.0, slot * 0.7)
    index = {r["period"]: i for i, r in enumerate(rows)}

    def x_mid(i: int) -> float:
        return left + slot * i + slot / 2

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="sans-serif" font-size="11" role="img">',
        f"<title>{escape(title)}</title>",
        "<desc>Cooperative events above the axis, conflictual events below, per period; "
        "vertical lines mark agreement steps and the largest shifts.</desc>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
        f'<rect x="{left}" y="24" width="10" height="10" fill="{COOP}"/>'
        f'<text x="{left + 14}" y="33">cooperation</text>',
        f'<rect x="{left + 96}" y="24" width="10" height="10" fill="{CONFLICT}"/>'
        f'<text x="{left + 110}" y="33">conflict</text>',
        f'<line x1="{left + 170}" y1="29" x2="{left + 186}" y2="29" stroke="{MARK}" stroke-dasharray="3,2"/>'
        f'<text x="{left + 190}" y="33">agreement step</text>',
        f'<line x1="{left + 290}" y1="29" x2="{left + 306}" y2="29" stroke="{SHIFT}" stroke-dasharray="1,2"/>'
        f'<text x="{left + 310}" y="33">largest shift</text>',
    ]
    # y axis: ticks at the top, zero and bottom
    for value, y in ((up, top), (0, zero), (down, top + plot_h)):
        if value == 0 and y != zero:
            continue
        out.append(f'<line x1="{left - 4}" y1="{_fmt(y)}" x2="{left}" y2="{_fmt(y)}" stroke="#444"/>')
        out.append(f'<text x="{left - 6}" y="{_fmt(y + 4)}" text-anchor="end">{value}</text>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#444"/>')
    for i, r in enumerate(rows):
        x = x_mid(i) - bar / 2
        if r["cooperation"]:
            h = r["cooperation"] * scale
            out.append(f'<rect class="coop" x="{_fmt(x)}" y="{_fmt(zero - h)}" width="{_fmt(bar)}" height="{_fmt(h)}" '
                       f'fill="{COOP}"><title>{escape(r["period"])}: {r["cooperation"]} cooperative</title></rect>')
        if r["conflict"]:
            h = r["conflict"] * scale
            out.append(f'<rect class="conflict" x="{_fmt(x)}" y="{_fmt(zero)}" width="{_fmt(bar)}" height="{_fmt(h)}" '
                       f'fill="{CONFLICT}"><title>{escape(r["period"])}: {r["conflict"]} conflictual</title></rect>')
    out.append(f'<line x1="{left}" y1="{_fmt(zero)}" x2="{left + plot_w}" y2="{_fmt(zero)}" stroke="#444"/>')
    # x labels: at most about 12
    step = max(1, -(-n // 12))
    monthly = bool(rows) and len(rows[0]["period"]) == 7
    for i, r in enumerate(rows):
        p = r["period"]
        if monthly:
            show = p.endswith("-01") if n > 24 else i % step == 0
            label = p[:4] if (monthly and n > 24) else p
        else:
            show, label = i % step == 0, p
        if show:
            out.append(f'<text x="{_fmt(x_mid(i))}" y="{top + plot_h + 16}" text-anchor="middle">{escape(label)}</text>')
    labels: dict[str, list[str]] = {}
    for period, label in markers:
        if period in index and label not in labels.setdefault(period, []):
            labels[period].append(label)
    for k, period in enumerate(sorted(labels)):
        x = x_mid(index[period])
        text = ", ".join(labels[period])
        out.append(f'<line class="marker" x1="{_fmt(x)}" y1="{top}" x2="{_fmt(x)}" y2="{top + plot_h}" '
                   f'stroke="{MARK}" stroke-dasharray="3,2"><title>{escape(period)}: {escape(text)}</title></line>')
        anchor, dx = ("end", -3) if x > left + plot_w * 0.7 else ("start", 3)
        out.append(f'<text x="{_fmt(x + dx)}" y="{top + 10 + 11 * (k % 3)}" fill="{MARK}" '
                   f'text-anchor="{anchor}">{escape(text)}</text>')
    for period, label in shifts:
        if period not in index:
            continue
        x = x_mid(index[period]) - slot / 2
        out.append(f'<line class="shift" x1="{_fmt(x)}" y1="{top}" x2="{_fmt(x)}" y2="{top + plot_h}" '
                   f'stroke="{SHIFT}" stroke-dasharray="1,2"><title>{escape(label)}</title></line>')
    out.append(f'<text x="{left}" y="{height - 8}" fill="#555">events per {"month" if monthly else "year"}; '
               f"one event however many articles report it</text>")
    out.append("</svg>")
    return "\n".join(out)


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
