"""HTML pages of our own for the kinds of fresh-user report 17 (issue 13): rails of cards whose
ages no test reads, a rail's label, a paid card, live-blog stamps, advert labels, bylines of
several authors and bylines in scripts with no case. Each in a language of neither the
reproducer nor English; read by the tests of the modules that fix them."""

from __future__ import annotations

import json

from declutter.api import extract


def clean(html: str) -> dict:
    """The record ``declutter clean`` writes for ``html``."""
    return json.loads(extract(html, output_format="json"))


SW_STORY = ("<p>Serikali ya Tanzania imetangaza kwamba bei ya mafuta itapungua kuanzia wiki ijayo baada ya "
            "mkutano na wafanyabiashara wa mafuta.</p><p>Waziri wa nishati alisema hatua hiyo itasaidia "
            "wananchi kukabiliana na gharama kubwa za maisha zinazoongezeka kila mwezi.</p>")


def rail(cards: list[tuple[str, str, str]]) -> str:
    """A rail's list items: a linked title, then "Source · age" in a ``<small>``."""
    return "".join(f'<li><a href="/a{k}">{t}</a> <small>{s} · {a}</small></li>'
                   for k, (t, s, a) in enumerate(cards))


H2_SW = ("<html><body><aside class='rail'><h2>Habari zinazovuma</h2><ul>" + rail([
    ("Wanafunzi waandamana mjini Dodoma leo", "Habari Leo", "saa mbili zilizopita"),
    ("Mvua kubwa yaharibu nyumba Dar es Salaam", "Mwananchi Digital", "saa tatu zilizopita"),
    ("Soko jipya lafunguliwa mjini Arusha", "Arusha Sauti", "saa tano zilizopita")])
    + "</ul></aside><main><article><h1>Serikali yatangaza kushuka kwa bei ya mafuta</h1>" + SW_STORY
    + "</article></main></body></html>")
HA_STORY = ("<p>Gwamnatin jihar ta sanar da cewa farashin man fetur zai sauka daga mako mai zuwa bayan "
            "taro da 'yan kasuwar mai a babban birnin jihar.</p><p>Ministan makamashi ya ce matakin zai "
            "taimaka wa jama'a wajen fuskantar tsadar rayuwa da ke karuwa kowane wata.</p>")
H2_HA = ("<html><body><main><article><h1>Gwamnati ta sanar da rage farashin man fetur</h1>" + HA_STORY
    + "</article></main><div class='side'><div>Labarai masu alaka</div><ul>" + rail([
    ("Dalibai sun yi zanga-zanga a birnin Kano", "Kano Labarai", "awanni biyu da suka wuce"),
    ("Ruwan sama ya lalata gidaje a Kaduna", "Arewa Radio", "awanni uku da suka wuce"),
    ("An bude sabuwar kasuwa a garin Zaria", "Zaria Murya", "awanni biyar da suka wuce")])
    + "</ul></div></body></html>")
MG_STORY = ("<p>Nosokafana ara-dalàna ny lalana vaovao mampitohy ny renivohitra amin'ny "
    "seranam-piaramanidina "
            "ny alatsinainy teo, ary efa misokatra ho an'ny mpandeha.</p><p>Nilaza ny ben'ny tanàna fa "
            "mpandeha maherin'ny dimy alina isan'andro no hampiasa ity lalana ity.</p>")
H3_MG = ("<html><body><table><tr><td class='main'><h1>Nosokafana ny lalana vaovao any Antananarivo</h1>"
    + MG_STORY + "</td><td class='side'><b>Vaovao mifandraika</b><br>"
    "<a href='/x1'>Nividy fiaramanidina vaovao ny orinasa nasionaly</a><br><i>Midi Madagasikara · 2 "
    "ora lasa</i><br>"
    "<a href='/x2'>Nitombo ny isan'ny mpizahatany any Nosy Be</a><br><i>Gazety Vaovao · 5 ora lasa</i><br>"
    "<a href='/x3'>Niakatra ny vidin'ny lavanila eran-tany</a><br><i>Radio Fahazavana · 1 andro lasa</i>"
    "</td></tr></table></body></html>")
ID_STORY = ("<p>Sebuah studi baru menyebutkan bahwa permukaan laut di sekitar pulau-pulau naik lebih cepat "
            "setiap tahun dibandingkan dekade sebelumnya.</p><p>Para ilmuwan yang melakukan studi itu "
            "mengatakan upaya melindungi pulau-pulau harus dipercepat tanpa penundaan.</p>")
H7_ID = ("<html><body><div class='related-top'><span>Berita terkait</span> "
    "<a href='/t1'>Rumah sakit baru dibuka di ibu kota</a> <a href='/t2'>Kedatangan wisatawan naik "
    "lagi tahun ini</a>"
    "</div><h1>Studi: permukaan laut di sekitar pulau naik lebih cepat</h1><div class='txt'>" + ID_STORY
    + "</div></body></html>")
VI_STORY = ("<p>Hội đồng thành phố đã bỏ phiếu thông qua việc xây dựng cây cầu mới bắc qua bến cảng, "
    "khép lại "
            "cuộc tranh luận kéo dài hơn mười năm.</p><p>Việc xây dựng dự kiến bắt đầu vào mùa xuân tới và "
            "kéo dài khoảng ba năm, theo trưởng ban quy hoạch.</p>")
H1_VI = ("<html><body><article><h1>Thành phố phê duyệt cây cầu mới qua bến cảng</h1>" + VI_STORY
    + "</article><section class='related-articles'><h2>Bài viết liên quan</h2>"
    "<article class='card'><h3><a href='/a'>Giá vé phà tăng trong mùa đông năm nay</a></h3><p "
    "class='meta'>Báo Cảng · 3 giờ trước</p></article>"
    "<article class='card sponsored'><h3><a href='https://ads.example/x?utm_source=n'>Tài trợ: Đôi "
    "giày bền bỉ qua mọi cơn bão</a></h3><p class='meta'>Nhà tài trợ TrekCo</p></article>"
    "<article class='card'><h3><a href='/b'>Tàu hỏa chạy lại sau trận lũ lớn</a></h3><p "
    "class='meta'>Báo Thung Lũng · hôm qua</p></article>"
    "</section></body></html>")
ID_LIVE = [("14:05", "Operator kapal membatalkan semua penyeberangan antara daratan dan pulau-pulau "
    "hingga setidaknya tengah hari karena angin kencang."),
           ("13:40", "Badan cuaca menaikkan peringatan menjadi oranye untuk seluruh pantai barat, "
               "karena puing yang beterbangan bisa menyebabkan cedera."),
           ("13:15", "Tim penjaga pantai dipanggil untuk membantu kapal nelayan yang mati mesin di "
               "lepas tanjung, dan keempat awaknya selamat.")]
H5_ID = ("<html><body><main><h1>Badai langsung: penyeberangan dibatalkan saat angin menerjang "
    "pantai</h1><div class='live'>"
    + "".join(f"<div class='entry'><time>{t}</time><p>{p}</p></div>" for t, p in ID_LIVE)
    + "</div></main></body></html>")
MS_LIVE = [("09.40", "Pengendali feri membatalkan semua pelayaran antara tanah besar dan pulau-pulau "
    "sehingga sekurang-kurangnya tengah hari kerana angin kencang."),
           ("09.15", "Jabatan cuaca menaikkan amaran ke tahap jingga bagi seluruh pantai barat, "
               "kerana serpihan yang berterbangan boleh mencederakan orang."),
           ("08.50", "Pasukan pengawal pantai dipanggil untuk membantu bot nelayan yang rosak enjin "
               "di luar tanjung, dan keempat-empat anak kapal selamat.")]
H5_MS = ("<html><body><article><h1>Ribut secara langsung: feri dibatalkan ketika angin melanda pantai</h1>"
    + "".join(f"<p class='stamp'>{t}</p><p>{p}</p>" for t, p in MS_LIVE) + "</article></body></html>")
ZU_P = ["Umkhandlu wedolobha uvotele ukwakhiwa kwebhuloho elisha ngaphesheya kwethekwini, kuqedwa "
    "impikiswano eyathatha iminyaka engaphezu kweshumi.",
        "Ukwakhiwa kulindeleke ukuqala entwasahlobo ezayo futhi kuzothatha cishe iminyaka emithathu, "
        "kusho umphathi wokuhlela.",
        "Izakhamuzi zithe zinethemba lokuthi izindleko zokuhamba zizokwehla, kodwa intengo "
        "yamathikithi ayikaziwa.",
        "Umkhandlu uthe uzobamba imihlangano yomphakathi ngaphambi kokuthi kuqale umsebenzi wokwakha."]
H4_ZU = ("<html><body><article><h1>Umkhandlu uvuma ibhuloho elisha ethekwini</h1>"
    f"<p>{ZU_P[0]}</p><p>Isikhangiso</p><p>{ZU_P[1]}</p><p>{ZU_P[2]}</p><p>Isikhangiso</p><p>{ZU_P[3]}</p></article></body></html>")
XH_P = ["Ibhunga lesixeko livotele ukwakhiwa kwebhulorho elitsha ngaphaya kwezibuko, kuphelisa "
    "ingxoxo ethathe iminyaka engaphezu kweshumi.",
        "Ulwakhiwo kulindeleke ukuba luqale kwintwasahlobo ezayo kwaye luza kuthatha malunga "
        "neminyaka emithathu."]
H4_XH = ("<html><body><article><h1>Ibhunga livuma ibhulorho elitsha ezibukweni</h1>"
    f"<p>{XH_P[0]}</p><div class='ad-label'>Intengiso</div><p>{XH_P[1]}</p></article></body></html>")


def byline(text: str) -> str:
    """A Swahili story with ``text`` as its byline under the headline."""
    return ("<html><body><article><h1>Serikali yatangaza kushuka kwa bei ya mafuta wiki ijayo</h1>"
            f"<p class='byline'>{text}</p>" + SW_STORY + "</article></body></html>")
H6_SW = byline("Na <a rel='author'>Amina Juma</a> na <a rel='author'>Baraka Mwita</a> · "
               "<time datetime='2026-12-07T09:15:00Z'>7 Des 2026</time>")
H6_ID = byline("Oleh <span itemprop='author'>Sari Dewi</span>, <span itemprop='author'>Budi Santoso</span> "
               "dan <span itemprop='author'>Rina Wati</span>")
HE_STORY = ("<p>מחקר חדש מראה כי מפלס הים סביב האיים עולה מהר יותר מדי שנה משהיה בעשורים הקודמים.</p>"
            "<p>המדענים שערכו את המחקר אמרו כי יש להאיץ ללא דיחוי את העבודה להגנה על רבים מהאיים.</p>")
H8_HE = ("<html dir='rtl' lang='he'><body><h1>מחקר: מפלס הים סביב האיים עולה מהר יותר</h1>"
         "<div class='author'>דנה כהן · חדשות הצפון · לפני 2 שעות</div><div "
         "class='txt'>" + HE_STORY + "</div></body></html>")
UR_STORY = ("<p>ایک نئی تحقیق کے مطابق جزیروں کے ارد گرد سمندر کی سطح ہر سال پہلے سے زیادہ تیزی سے "
    "بلند ہو رہی ہے۔</p>"
            "<p>تحقیق کرنے والے سائنسدانوں نے کہا کہ جزیروں کو بچانے کا کام بلا تاخیر تیز کرنا ہوگا۔</p>")
H8_UR = ("<html dir='rtl' lang='ur'><body><h1>تحقیق: جزیروں کے گرد سمندر کی سطح تیزی سے بلند</h1>"
         "<div class='author'>عائشہ خان · شمال نیوز · 2 گھنٹے پہلے</div><div "
         "class='txt'>" + UR_STORY + "</div></body></html>")
H1_ZU = ("<html><body><article><h1>Umkhandlu uvuma ibhuloho elisha ethekwini</h1>"
    "<p>Umkhandlu wedolobha uvotele ukwakhiwa kwebhuloho elisha ngaphesheya kwethekwini, kuqedwa "
    "impikiswano "
    "eyathatha iminyaka engaphezu kweshumi.</p><p>Ukwakhiwa kulindeleke ukuqala entwasahlobo ezayo futhi "
    "kuzothatha cishe iminyaka emithathu.</p></article><div class='related'><h3>Izindaba ezihlobene</h3>"
    "<div class='card'><a href='/a'>Izindleko zesikebhe zikhuphuka ebusika</a><span>Ilanga · 3 "
    "h</span></div>"
    "<div class='card promo-card'><a href='https://shop.example/p?ref=x'>Okukhokhelwe: Izicathulo "
    "ezimelana nesiphepho</a><span>TrekCo</span></div>"
    "<div class='card'><a href='/b'>Izitimela ziphinde zahamba ngemuva "
    "kwezikhukhula</a><span>Isolezwe · 5 h</span></div>"
    "</div></body></html>")
