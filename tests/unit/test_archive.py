"""publish.archive: edition.zip, deterministic: the same site gives the same bytes."""

import zipfile

from edition.publish.archive import FOLDER, NAME, write_archive


def site(root):
    for name, text in {"index.html": "<p>ホーム</p>", "en/index.html": "home", "assets/x.css": "a{}"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_archive_holds_the_site_in_one_folder(tmp_path):
    target = write_archive(site(tmp_path))
    assert target == tmp_path / NAME
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [f"{FOLDER}/assets/x.css", f"{FOLDER}/en/index.html", f"{FOLDER}/index.html"]
        assert archive.read(f"{FOLDER}/index.html").decode() == "<p>ホーム</p>"
        assert {info.date_time for info in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}
    assert not (tmp_path / "edition.zip.partial").exists()


def test_same_site_same_bytes(tmp_path):
    first = write_archive(site(tmp_path / "a")).read_bytes()
    second = write_archive(site(tmp_path / "b")).read_bytes()  # other paths, other times
    assert first == second
    assert write_archive(tmp_path / "a").read_bytes() == first  # the archive is not archived into itself
