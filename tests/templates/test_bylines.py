# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A byline's introducing word learned from a source's pages (declutter/templates/bylines.py):
"Oleh" ("by") stands first in the author of every page, each time before another person's
name, so it goes; a person who signs every page keeps their name whole. Indonesian pages
written for these tests, in no site's wording."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from declutter.cli import main

NAMES = ["Budi Santoso", "Siti Rahayu", "Agus Wibowo", "Dewi Lestari", "Rudi Hartono", "Rina Susanti"]
TOPICS = [("pelabuhan", "kapal"), ("sekolah", "siswa"), ("banjir", "petani"),
          ("bahan bakar", "pengemudi"), ("rumah sakit", "pasien"), ("tim nasional", "suporter")]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]


def _write(path: Path, host: str, byline: list[str], pages: int = 12) -> None:
    with path.open("w", encoding="utf-8") as f:
        for k in range(pages):
            topic, people = TOPICS[k % 6]
            lines = [
                f"Kabar terbaru tentang {topic} di Surabaya, laporan {k + 1}",
                byline[k % len(byline)],
                f"Kota Surabaya, {DAYS[k % 6]} {k + 1} Desember",
                f"Laporan tentang {topic} menunjukkan perubahan besar sepanjang tahun {2010 + k}, dan banyak {people} menyambut baik langkah yang diambil pemerintah kota.",
                f"Para pejabat mengatakan bahwa layanan {topic} akan terus ditingkatkan dalam {k + 3} bulan ke depan, sementara {people} berharap pelayanan menjadi lebih baik.",
                f"Sejumlah warga meminta keterbukaan dalam penggunaan dana publik untuk {topic} serta proyek lain yang direncanakan tahun depan {k}.",
            ]
            page = {"id": f"{host}-{k}", "url": f"https://{host}/b/{k}", "text": "\n".join(lines)}
            f.write(json.dumps(page, ensure_ascii=False) + "\n")


def _authors(*args: str) -> dict[str, str | None]:
    result = CliRunner().invoke(main, ["clean", *args, "--no-progress"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {r["id"]: r["meta"].get("author") for r in records}


def test_a_word_before_many_authors_names_is_dropped_and_a_staff_writer_s_name_kept(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", "berita.example", [f"Oleh {n}" for n in NAMES])
    _write(tmp_path / "b.jsonl", "kabar.example", ["Budi Setyo Santoso"])  # one writer signs all
    files = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    authors = _authors(*files)
    assert {authors[f"berita.example-{k}"] for k in range(12)} == set(NAMES)
    assert {authors[f"kabar.example-{k}"] for k in range(12)} == {"Budi Setyo Santoso"}
    off = _authors(*files, "--no-templates")  # a page alone cannot tell "Oleh" from a name
    assert {off[f"berita.example-{k}"] for k in range(12)} == {f"Oleh {n}" for n in NAMES}
