"""``other_articles``: which ``<article>`` of a shared container is the page's own story."""

from __future__ import annotations

from declutter.content.chains import Chains
from declutter.content.other_articles import other_articles
from declutter.html import parse_html

PARA = "<p>{} hat am Dienstag lange beraten, und die Entscheidung fiel knapp aus, sagte sie.</p>"


def _page(title: str, first_h: str, second_h: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main>"
        f"<article><h2><a href='/a'>{first_h}</a></h2>{PARA.format('Der Rat') * 4}</article>"
        f"<article><h2><a href='/b'>{second_h}</a></h2>{PARA.format('Die Kammer') * 3}</article>"
        "</main></body></html>"
    )


def _others(html: str) -> set[str]:
    page = parse_html(html.encode(), id="t", url="https://example.de/b")
    chains = Chains(page.blocks)
    main = page.blocks[0].element.getroottree().find(".//main")
    return {page.blocks[i].text for i in other_articles(page, chains, main)}


def test_the_article_titled_like_the_page_is_the_story_even_when_shorter() -> None:
    others = _others(_page("Kammer stimmt zu | Kurier", "Rat vertagt Haushalt", "Kammer stimmt zu"))
    assert "Rat vertagt Haushalt" in others  # the longer article is the other story
    assert "Kammer stimmt zu" not in others


def test_without_a_title_match_the_article_with_most_prose_is_the_story() -> None:
    others = _others(_page("Kurier", "Rat vertagt Haushalt", "Kammer stimmt zu"))
    assert "Kammer stimmt zu" in others
    assert "Rat vertagt Haushalt" not in others


def test_a_single_article_leaves_nothing_to_split() -> None:
    body = PARA.format("Der Rat") * 3
    html = f"<html><body><main><article><h1>Eins</h1>{body}</article></main></body></html>"
    assert _others(html) == set()
