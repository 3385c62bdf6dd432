# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A byline under the headline whose age is abbreviated ("2 hod.", no reader knows it) and
whose site's name is in sentence case ("Brněnské noviny") or one word (fresh-user kind D13:
"Poldernieuws · 2 u.", "Дніпровська правда · 15 хв.", "गंगा समाचार · 6 घं."), on Czech dumps
of our own: read in a byline's place only, its fields the page's."""

from __future__ import annotations

import pytest

from declutter import clean_text

STORY = """\
Radnice v pondělí oznámila, že nová tramvajová trať mezi Kníničkami a Bystrcí bude hotová o dva měsíce dříve, než se plánovalo.
Trať měří čtyři kilometry a má šest zastávek, tramvaje na ní budou ve špičce jezdit každých deset minut.
Stavba stála 1,2 miliardy korun, většinu nákladů pokryly evropské fondy přidělené městu před třemi lety.
"""
HEADLINE = "Brno otevře novou tramvajovou trať do Bystrce už v létě\n"


@pytest.mark.parametrize(("byline", "foot", "meta"), [
    ("Brněnské noviny · 2 hod.", "© 2026 Brněnské noviny\n", {"site_name": "Brněnské noviny", "age": "2 hod."}),
    ("Brněnské noviny · před 2 hod.", "© 2026 Brněnské noviny\n", {"site_name": "Brněnské noviny", "age": "před 2 hod."}),
    ("Jihomoravan · 5 hod.", "", {"site_name": "Jihomoravan", "age": "5 hod."}),
    ("Jihomoravan · před 5 hodinami", "", {"site_name": "Jihomoravan", "age": "před 5 hodinami"}),
], ids=["sentence-case", "sentence-case-before", "one-word", "one-word-full-age"])
def test_a_byline_with_an_abbreviated_age_gives_the_pages_fields(byline: str, foot: str, meta: dict[str, str]) -> None:
    result = clean_text(HEADLINE + byline + "\n" + STORY + foot, id="d13")
    assert result.title == HEADLINE.strip()
    assert result.meta == meta
    assert result.text.split("\n\n") == STORY.splitlines()
    assert byline in [r.text for r in result.removed]


def test_a_dateline_place_stays_no_site() -> None:
    # "Olomouc, 3. března 2026": a place and a date set apart by a comma, not the site's name
    result = clean_text(HEADLINE + "Olomouc, 3. března 2026\n" + STORY, id="d13")
    assert "site_name" not in result.meta
