# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Small dumps of our own for the card kinds two fresh users met (issue 12, round 3): two-line
cards over one plain line (a cookie sentence, a single-spaced footer row). Used by
``test_dump_fresh_cards3.py``."""

from fresh_card_dumps import DA_HEAD

ES_CARDS_COOKIE = DA_HEAD + """\
Te puede interesar
El puerto de Vigo estrena una nueva terminal de cruceros
Faro del Norte · hace 2 horas
La línea de tranvía llegará al aeropuerto en otoño
Diario Atlántico · hace 5 horas
Un festival de jazz llenará el casco viejo en julio
La Voz Gallega · hace 9 horas
Esta web utiliza cookies. Acepto
"""

SV_CARDS_FOOTER_ROW = DA_HEAD + """\
Mest läst
Färjan till Gotland ställs in på grund av storm
Sydsvenskan | 2 timmar sedan
Ny cykelbro över Göta älv invigs i maj
Västnytt | 4 timmar sedan
Hamnfesten slog publikrekord i år
Kustposten | 7 timmar sedan
Om oss Villkor Integritetspolicy
"""

HU_PAREN_CARDS = DA_HEAD + """\
Kapcsolódó cikkek
• Új villamosvonal épül a Duna partján (Népszava, 2 órával ezelőtt)
• Bezár a régi vásárcsarnok a belvárosban (Helyi Hírek, 3 órával ezelőtt)
• Rekordot döntött a téli fesztivál látogatottsága (Dunántúli Napló, 8 órával ezelőtt)
"""

DE_TWO_LEADING_UNREAD = DA_HEAD + """\
Meistgelesen
Neue Fähre für die Nordseeinseln vorgestellt — Inselbote, vorgestern
Streit um die Umgehungsstraße in Husum — Nordkurier, vorgestern
Hafenfest zieht Rekordzahl an Besuchern an — Küstenbote, vor 40 Minuten
Stadtrat beschließt neues Parkkonzept — Husumer Blatt, gestern
"""

PL_TWO_LINE_UNREAD = DA_HEAD + """\
Zobacz także
Nowy most na Wiśle otwarty dla ruchu
Gazeta Pomorska · przedwczoraj
Tramwaj do Fordonu pojedzie od wiosny
Ekspres Miejski · wczoraj
Port w Gdyni bije rekord przeładunków
Dziennik Bałtycki · przedwczoraj
"""

UK_HEAD = """\
Новий міст через Дніпро відкриють навесні
Вечірній Київ · 2 години тому
Міська рада у вівторок затвердила остаточний проєкт нового мосту після тривалого обговорення, яке тривало до пізньої ночі.
Роботи розпочнуться навесні й триватимуть близько одинадцяти місяців, на будівництві працюватимуть понад сто робітників.
Екологи просили захистити прибережні луки та обмежити рух вантажівок у центрі міста під час будівництва.
Мерія запевняє, що міст відкриють для пішоходів і велосипедистів уже наступного літа.
Читайте також
"""

UK_PLACE_CARDS = {sep: UK_HEAD + "\n".join(f"{place}: {title} {sep} {source} {sep} {n} години тому" for place, title, source, n in (
    ("Львів", "нові смуги для автобусів у центрі", "Львівська газета", 3),
    ("Одеса", "починається реконструкція набережної", "Чорноморські новини", 4),
    ("Харків", "на тендер виставили новий аеропорт", "Слобідський край", 7),
)) + "\n" for sep in ("–", "·")}
