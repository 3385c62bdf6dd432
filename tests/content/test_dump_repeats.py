# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Prose lines a dump holds twice word for word (a photo caption over its image and in the
gallery, a news ticker at the top and again at the foot) are no story; a story that repeats its
own lines (a meal plan) keeps them. Lines written for these tests, in no site's wording."""

from __future__ import annotations

from declutter import clean_text

HEADLINE = "Harbour town opens its first public library in a century and a half of trying"
STORY = [
    "The harbour town opened its first public library on Saturday, in the old customs house on the quay, after a campaign by residents that began when the last bookshop closed.",
    "The building had stood empty for twelve years. Volunteers cleared it over two summers, and a grant from the county paid for new wiring, shelves and a lift to the upper floor.",
    "The library holds eight thousand books to start with, most of them given by residents, and it will open five days a week with two paid staff and a rota of volunteers.",
    "Its first borrower was a nine-year-old girl who had written to the council three times asking when it would open. She took out a book about lighthouses.",
]
CAPTION = "Volunteers carry boxes of donated books into the old customs house on the quay before the opening on Saturday morning."
TICKER = [
    "Ferry timetable changes for winter LONDON: The ferry company will cut the number of daily sailings from five to two between November and March, it said on Friday.",
    "Fishing quotas cut again BRUSSELS: Ministers agreed on Tuesday to cut the quota for cod in the northern waters by a fifth for the coming year, after scientists warned.",
    "New school head named for the islands EDINBURGH: A head teacher from the mainland will lead the island school from September, the education board announced.",
    "Storm damages harbour wall CORK: The storm that crossed the coast overnight damaged a stretch of the harbour wall and sank two small boats at their moorings.",
]


def test_a_caption_repeated_over_the_story_is_no_story() -> None:
    lines = [HEADLINE, CAPTION, CAPTION, "Photo: Harbour Post", "Image 1 of 6", "Close",
             "Image 1 of 6", CAPTION, CAPTION, "Photo: Harbour Post", "Back to gallery", *STORY]
    record = clean_text("\n".join(lines) + "\n", id="caption")
    assert record.text.split("\n\n") == STORY


def test_a_ticker_at_the_top_and_the_foot_is_no_story() -> None:
    lines = [HEADLINE, "Latest news", *TICKER, "Share", *STORY, "Related", "Comments", "Latest news", *TICKER,
             "© Harbour Post"]
    record = clean_text("\n".join(lines) + "\n", id="ticker")
    assert record.text.split("\n\n") == STORY


def test_a_headline_repeated_from_the_page_title_is_still_the_headline() -> None:
    lines = [HEADLINE, "Home", "News", "Local", HEADLINE, "Share", *STORY, "Latest news", *TICKER, "Latest news", *TICKER]
    record = clean_text("\n".join(lines) + "\n", id="title")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == STORY


def test_a_story_that_repeats_its_own_lines_keeps_them() -> None:
    # a meal plan: the same dishes under each day, the only prose of the page
    day = [
        "Porridge with oats, half a cup of berries and a spoon of honey, eaten an hour before training.",
        "Chicken and rice with a cup of green beans, a squeeze of lemon and a little olive oil on top.",
        "Baked salmon with sweet potato, a cup of spinach and a spoon of pesto stirred through at the end.",
    ]
    lines = ["Meal plan for the training week", "Home", "Recipes"]
    for name in ("Monday", "Tuesday", "Wednesday"):
        lines += [f"Plan for {name}", *day]
    lines += ["Share", "Newsletter", "All plans are written by our nutrition team and checked by a dietitian before they go online.",
              "Talk to your doctor before you change what you eat, above all if you have a condition or take any medicine."]
    record = clean_text("\n".join(lines) + "\n", id="plan")
    assert record.text.split("\n\n").count(day[0]) == 3


def test_a_story_printed_twice_keeps_one_copy() -> None:
    # the page prints the story twice (a print view under the page): one copy is the story
    chrome = ["Share", "Print view", "This story was first printed in the weekend edition of the paper.",
              "The print view leaves out the photos, the videos and the links in the text.",
              "Pages are printed on the paper size your printer is set to use."]
    lines = [HEADLINE, *STORY, *chrome, HEADLINE, *STORY, "© Harbour Post"]
    record = clean_text("\n".join(lines) + "\n", id="twice")
    assert record.text.split("\n\n")[:4] == STORY


def test_an_interviews_repeated_questions_stay_story() -> None:
    # the same questions put to each guest: every copy stands inside the story
    question = "How did cooking for other people become the centre of the whole family's life?"
    answers = [
        "My grandmother ran a small kitchen by the harbour, and I spent every school holiday peeling potatoes for her lunch crowd.",
        "I lived alone in a big city for years and found that cooking for friends was the only way I ever saw them during the week.",
        "A neighbour lost her husband, and I took her dinner every evening for a month. By the end, half the street was coming round.",
    ]
    lines = ["Three cooks on why they cook", "Share", ANSWER_INTRO]
    for name, answer in zip(("Ana", "Ben", "Cleo"), answers, strict=True):
        more = f"Today {name} still cooks for a crowd every Sunday, and nobody leaves without a box of leftovers for the road."
        lines += [name, question, answer, more]
    lines += ["Newsletter", "© Harbour Post"]
    record = clean_text("\n".join(lines) + "\n", id="interview")
    assert record.text.split("\n\n").count(question) == 3
    assert all(a in record.text for a in answers)


ANSWER_INTRO = "We asked three cooks from the harbour towns the same questions about food, family and the kitchens they grew up in."
