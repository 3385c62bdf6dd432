"""The words and phrases the HTML and dump story readers look for, as data.

Kept apart from the algorithms that use them (as trafilatura keeps its XPath expressions in one
module): tags and class/id words that mark page chrome or teaser sections, and the multilingual
headings, labels and ages of related-article sections. These are *hints* the structural reading
weighs; none of them decides a block alone.
"""

from __future__ import annotations

import re

# Tags whose subtree is page chrome when it sits inside the story container.
CHROME_TAGS = {
    "nav": "nav",
    "aside": "aside",
    "footer": "footer",
    "header": "header",
    "form": "form",
    "menu": "nav",
    "figcaption": "caption",
    "figure": "caption",
}

# Chrome kinds that no story container sits inside.
NOT_STORY = frozenset(
    {"nav", "aside", "footer", "sidebar", "comments", "promo", "share", "cookie", "most-read", "hidden",
     "form"}
)

# class/id word parts that mark chrome; the value is the heuristic id's suffix.
CHROME_WORDS = {
    "nav": "nav", "navbar": "nav", "navigation": "nav", "menu": "nav", "breadcrumb": "nav",
    "breadcrumbs": "nav", "pagination": "nav", "pager": "nav", "skip": "nav", "toolbar": "nav",
    "footer": "footer", "copyright": "footer", "colophon": "footer",
    "header": "header", "masthead": "header", "topbar": "header",
    "share": "share", "sharing": "share", "social": "share", "sharebar": "share",
    "addthis": "share", "sociallinks": "share", "facebook": "share", "twitter": "share",
    "comment": "comments", "comments": "comments", "disqus": "comments", "reply": "comments",
    "respond": "comments", "discussion": "comments",
    "newsletter": "promo", "subscribe": "promo", "subscription": "promo", "signup": "promo",
    "promo": "promo", "promotion": "promo", "advert": "promo", "advertisement": "promo",
    "ad": "promo", "ads": "promo", "adslot": "promo", "dfp": "promo", "sponsor": "promo",
    "sponsored": "promo", "cta": "promo", "banner": "promo",
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
    "byline": "byline", "author": "byline", "authors": "byline", "dateline": "byline",
    "timestamp": "byline", "published": "byline", "meta": "byline", "credit": "byline",
    "tags": "tags", "tag": "tags", "tagcloud": "tags", "hashtags": "tags", "topics": "tags",
    "keywords": "tags", "categories": "tags",
    "caption": "caption", "figcaption": "caption", "wp-caption-text": "caption",
    "sidebar": "sidebar", "widget": "sidebar",
    "trending": "most-read", "popular": "most-read", "most-read": "most-read",
    "mostread": "most-read", "most-popular": "most-read", "mostpopular": "most-read",
    "most-viewed": "most-read", "meistgelesen": "most-read", "plus-lus": "most-read",
    "hidden": "hidden", "sr-only": "hidden", "visually-hidden": "hidden", "print": "hidden",
    "modal": "hidden", "popup": "hidden", "overlay": "hidden", "socialmedia": "share",
}  # fmt: skip
TEASER_WORDS = frozenset(
    {
        "related", "recommended", "recommendations", "recommend", "more-stories", "morestories",
        "read-next", "readnext", "also-read", "alsoread", "you-may-like", "also-like", "outbrain",
        "taboola", "recirc",
        "recirculation", "further-reading", "read-more", "readmore", "more-on", "more-from",
        "excerpt", "excerpts", "next-article", "nextarticle", "next-story", "up-next",
        "news-ticker", "newsticker", "breaking-news", "breakingnews", "headlines", "latest-news",
        "news-list", "newslist", "more-news", "morenews", "other-news", "othernews",
    }
)  # fmt: skip
# "relatedposts", "jp-relatedposts", "outbrain-widget": teaser sections however spelled
TEASER_INFIX = re.compile(
    r"related|relacionad|recommend|outbrain|taboola|readnext|"
    r"youmay|you-may|morestories|more-stories|recirc"
)
# compound class names: "modalwindow", "cookiebar", "newsletterSignup", "sharetools"
CHROME_INFIX = re.compile(
    r"modal|popup|cookie|newsletter|breadcrumb|navbar|sidebar|disqus|"
    r"addthis|sharing|socialmedia|advert|caption|imagecredit|embedcredit|photocredit|"
    r"promo|authorinfo|authorbio|author-bio|shortbio"
)
INFIX_KIND = {
    "imagecredit": "caption",
    "embedcredit": "caption",
    "photocredit": "caption",
    "authorinfo": "byline",
    "authorbio": "byline",
    "author-bio": "byline",
    "shortbio": "byline",
}
# WordPress-style taxonomy classes name the post's topics, not the element's role
TAXONOMY = frozenset({"tag", "category", "categories", "topic", "section", "post", "format"})
GENERIC_SUFFIX = frozenset(
    [
        "bar",
        "box",
        "links",
        "list",
        "wrap",
        "wrapper",
        "container",
        "section",
        "block",
        "area",
        "buttons",
        "button",
        "icons",
        "tools",
        "widget",
        "module",
        "items",
        "item",
        "inner",
        "outer",
        "content",
        "holder",
        "panel",
        "row",
    ]
)

TEASER_HEADING = re.compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|related(?: \w+){0,2}|"
    r"more (?:from|on|stories|news|in|about)\b.*|read (?:more|next|also)|also read|see also|"
    r"recommended(?: for you| stories| reading)?|"
    r"don'?t miss|what to read next|further reading|editor'?s picks|noticias relacionadas|"
    r"m[aá]s noticias|mehr zum thema|related stories|mehr (?:aus|von|zu|über)\b.*|"
    r"weitere (?:nachrichten|meldungen|themen)|plus d'actualit[ée]s|"
    r"top stories|latest (?:news|stories)|more stories|up next|next (?:article|story|up)|"
    r"voc[eê] (?:pode|tamb[eé]m pode) gostar|veja tamb[eé]m|leia tamb[eé]m|leia mais|"
    r"posts? relacionad[oa]s|mat[eé]rias relacionadas|art[ií]culos relacionados|"
    r"tambi[eé]n te puede interesar|te puede interesar|lee tambi[eé]n|"
    r"[àa] lire aussi|lire aussi|vous aimerez aussi|sur le m[eê]me sujet|"
    r"lesen sie auch|auch interessant|das k[öo]nnte sie (?:auch )?interessieren|"
    r"weitere artikel|verwandte artikel|ti potrebbe interessare|articoli correlati|"
    r"leggi anche|potrebbe interessarti|читайте также|похожие (?:статьи|записи)|"
    r"관련 ?기사|関連記事|おすすめ記事|相关文章|相關文章)\W*$",
    re.I,
)
# The label of an inline teaser ("Read also:", "À lire aussi :", "Mehr zum Thema") and of a
# teaser section; a label alone on its line is section-marker text, dropped.
TEASER_LABEL = (
    r"(?:read more|related(?: stories| articles| coverage)?|see also|also read|read also|"
    r"recommended|more|read next|also see|watch|listen|[àa] lire aussi|lire aussi|"
    r"lee tambi[eé]n|leer m[aá]s|ver tambi[eé]n|leia tamb[eé]m|veja tamb[eé]m|"
    r"lesen sie auch|mehr zum thema|auch interessant|leggi anche|читайте также)"
)
# Most-read and trending lists are site navigation, not teasers of this story: dropped.
MOST_READ_HEADING = re.compile(
    r"^(?:trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|"
    r"top stories|les plus lus|les plus partag[ée]s|meistgelesen|meistgelesene artikel|"
    r"lo m[aá]s le[ií]do|m[aá]s le[ií]d[oa]s|mais lidas|pi[uù] letti|самое читаемое|"
    r"самые популярные.*|популярное)\W*$",
    re.I,
)
# A heading that opens the reader comments: it and what follows, up to the next heading, go.
COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|join the discussion|"
    r"kommentare?|leserkommentare|comentarios?|commentaires?|r[ée]actions?|commenti|"
    r"coment[aá]rios?|отзывы|комментарии)(?:\s*\(\d+\))?\W*$",
    re.I,
)
INLINE_TEASER = re.compile(rf"^{TEASER_LABEL}\s*[:|»>\-–—]?\s*\S", re.I)
INLINE_TEASER_SPLIT = re.compile(rf"^{TEASER_LABEL}\s*[:|»>\-–—]?\s*", re.I)
LABEL_ONLY = re.compile(rf"^{TEASER_LABEL}\s*[:|»>\-–—]?\s*$", re.I)
AGE_TEXT = (
    r"(?:\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|"
    r"months?|years?)\s+ago|(?:an?|one) (?:second|minute|hour|day|week|month|year) ago|"
    r"\d+\s*(?:s|m|min|h|d|w)|yesterday|today|just now|"
    r"vor (?:\d+|einer|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monaten?|jahren?)|"
    r"gestern|heute|"
    r"hace (?:\d+|una?) (?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)|ayer|hoy|"
    r"il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hier|"
    r"aujourd'hui|h[aá] (?:\d+|uma?) (?:minutos?|horas?|dias?)|ontem|"
    r"\d+ (?:minuti|ore|giorni) fa|ieri|"
    r"(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+\.? \d{4}|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?)"
)
AGE = re.compile(rf"^{AGE_TEXT}$", re.I)
TRAILING_AGE = re.compile(rf"^(.{{2,60}}?),?\s++({AGE_TEXT})$", re.I)
"""A line ending in an age after white space ("Reuters 2 hours ago"); the white space taken
whole (no age begins with any, so no match gives any back: a padded line's run of spaces is not
tried at each of its lengths, 150 times faster on a run of 20,000)."""
CHROME_TEXT = re.compile(
    r"^(?:advertisement|advertising|advert|ad|anzeige|werbung|publicidad|publicit[ée]|"
    r"pubblicit[àa]|реклама|this slideshow requires javascript\.?|"
    r"sponsored(?: content)?|share(?: this)?(?: article| story"
    r"| post)?|share on \w+|tweet|print|email|comments?|\d+ comments?|leave a comment|"
    r"continue reading(?: below)?|read more|skip to (?:main )?content|back to top|"
    r"story continues below(?: advertisement)?|follow us(?: on \w+)?|sign up|subscribe(?: now)?"
    r"|all rights reserved\.?|©.*|copyright.*|photo:.*|image:.*|getty images|"
    r"(?:by|words by|written by|reporting by)\s.{0,60}|published:?\s.{0,40}|updated:?\s.{0,40})$",
    re.I,
)
# Function words that address the reader or speak for the site ("Get *our* app", "*Your* daily
# briefing"): a short line without quotation marks that holds one reads as a pitch, in the way
# jusText's stopword density reads a line as prose. Function words only, never topic words.
SECOND_PERSON = frozenset(
    {
        "you", "your", "yours",
        "ihr", "ihre", "ihren", "ihrem", "dich", "dein", "deine",
        "vous", "votre", "vos",
        "tu", "tus", "usted",
        "você", "seu", "sua",
        "tuo", "tua",
    }
)  # fmt: skip
SITE_PLURAL = frozenset(
    {
        "our", "us",
        "unser", "unsere", "unseren", "unserem", "uns",
        "notre", "nos",
        "nuestro", "nuestra", "nuestros", "nuestras",
        "nosso", "nossa",
        "nostro", "nostra",
    }
)  # fmt: skip
READER_ADDRESS = SECOND_PERSON | SITE_PLURAL
