"""A small self-written SVG scatter plot: time per page against page size (log-log).

No plotting library needed: the benchmark writes the file itself, so the plot in ``docs/`` can
be redrawn by the command printed next to it.
"""

from __future__ import annotations

import math


def time_size_svg(points: list[tuple[int, float]], width: int = 640, height: int = 400) -> str:
    """SVG text of a log-log scatter of (page size in bytes, time in seconds) points.

    Raises ValueError on an empty list. Grid lines at the powers of ten; a dashed line of
    slope 1 through the median point shows what linear growth would look like.
    """
    pts = [(s, t) for s, t in points if s > 0 and t > 0]
    if not pts:
        raise ValueError("no points to plot")
    left, right, top, bottom = 60, 20, 20, 45
    xs = [math.log10(s) for s, _ in pts]
    ys = [math.log10(t) for _, t in pts]
    x0, x1 = math.floor(min(xs)), math.ceil(max(xs))
    y0, y1 = math.floor(min(ys)), math.ceil(max(ys))
    x1, y1 = max(x1, x0 + 1), max(y1, y0 + 1)

    def X(v: float) -> float:
        return left + (v - x0) / (x1 - x0) * (width - left - right)

    def Y(v: float) -> float:
        return height - bottom - (v - y0) / (y1 - y0) * (height - top - bottom)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for e in range(x0, x1 + 1):
        out.append(f'<line x1="{X(e):.1f}" y1="{top}" x2="{X(e):.1f}" y2="{height - bottom}" stroke="#ddd"/>')
        out.append(
            f'<text x="{X(e):.1f}" y="{height - bottom + 15}" text-anchor="middle">{_bytes(10**e)}</text>'
        )
    for e in range(y0, y1 + 1):
        out.append(f'<line x1="{left}" y1="{Y(e):.1f}" x2="{width - right}" y2="{Y(e):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 5}" y="{Y(e) + 4:.1f}" text-anchor="end">{_secs(10.0**e)}</text>')
    mx, my = sorted(xs)[len(xs) // 2], sorted(ys)[len(ys) // 2]
    out.append(
        f'<line x1="{X(x0):.1f}" y1="{Y(my - (mx - x0)):.1f}" x2="{X(x1):.1f}" y2="{Y(my + (x1 - mx)):.1f}" '
        'stroke="#c33" stroke-dasharray="4 3"/>'
    )
    for x, y in zip(xs, ys, strict=True):
        out.append(f'<circle cx="{X(x):.1f}" cy="{Y(y):.1f}" r="1.8" fill="#1f5fa8" fill-opacity="0.5"/>')
    out.append(
        f'<text x="{(left + width - right) / 2}" y="{height - 8}" text-anchor="middle">'
        f"page size (bytes of HTML); {len(pts)} pages; dashed: time proportional to size</text>"
    )
    out.append(
        f'<text x="14" y="{(top + height - bottom) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 14 {(top + height - bottom) / 2})">time per page</text>'
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000:
            return f"{n:g} {unit}"
        n /= 1000
    return f"{n:g} TB"


def _secs(t: float) -> str:
    return f"{t * 1000:g} ms" if t < 1 else f"{t:g} s"
