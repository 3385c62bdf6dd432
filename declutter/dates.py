"""Dates in records: ISO 8601, in UTC, whatever form the input gave them in.

Pages state dates in several forms: RSS uses RFC 822 (``Tue, 10 Jun 2025 14:30:00 +0200``),
HTML meta tags and JSON-LD use ISO 8601 with any offset, crawlers write ``fetched_at`` as
they like. Records carry one form, so dates compare as strings and parse with
``datetime.fromisoformat``: ``2025-06-10T12:30:00Z`` (UTC, to the second), or ``2025-06-10``
for a date without a time. A time without an offset is taken as UTC. A value that is none
of these forms is kept as it stands (never guessed at, never dropped).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

_DATE_ONLY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def iso_utc(value: Any) -> Any:
    """A date string -> ISO 8601 in UTC (``YYYY-MM-DDTHH:MM:SSZ``, or ``YYYY-MM-DD``).

    Takes ISO 8601 (``Z`` or any offset; no offset means UTC) and RFC 822/2822 dates.
    Anything else, including non-strings, is returned unchanged.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    day = _DATE_ONLY.fullmatch(text)  # ISO 8601 dates, extended (2025-02-07) or basic (20250207)
    if day:
        try:
            return date(*map(int, day.groups())).isoformat()
        except ValueError:
            return value
    moment = _iso(text) or _rfc822(text)
    if moment is None:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso(text: str) -> datetime | None:
    if len(text) < 10 or not text[:4].isdigit():
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc822(text: str) -> datetime | None:
    from email.utils import parsedate_to_datetime  # (email: only for a date ISO 8601 did not read)

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
