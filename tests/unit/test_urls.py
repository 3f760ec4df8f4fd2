"""publish.urls: the manifest of public URLs; a moved page keeps its anchors through a redirect."""

from edition.publish.urls import check, collect, read_manifest, update


def page(site, path, *anchors, outside=()):
    """A built page with ``anchors`` in its article and ``outside`` ids in the page around it."""
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    article = "".join(f'<p id="{a}">x</p>' for a in anchors)
    around = "".join(f'<div id="{a}"></div>' for a in outside)
    target.write_text(f"<html><body>{around}<article>{article}</article></body></html>", encoding="utf-8")


def manifest(tmp_path, *urls):
    path = tmp_path / "urls.txt"
    path.write_text("# comment\n\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return path


def test_collect(tmp_path):
    site = tmp_path / "site"
    page(site, "report-a/s1.html", "s1", "s1-p1", outside=["header"])
    page(site, "404.html", "x")
    page(site, "search/x.html", "x")
    page(site, "assets/y.html", "y")
    assert collect(site) == {"report-a/s1.html", "report-a/s1.html#s1", "report-a/s1.html#s1-p1"}


def test_read_manifest_skips_comments_and_blank_lines(tmp_path):
    assert read_manifest(manifest(tmp_path, "a.html", "a.html#x")) == ["a.html", "a.html#x"]


def test_check_lists_what_the_site_lost(tmp_path):
    site = tmp_path / "site"
    page(site, "report-a/s1.html", "s1-p1")
    path = manifest(tmp_path, "report-a/s1.html", "report-a/s1.html#s1-p1", "report-a/s1.html#s1-p2", "gone.html")
    assert check(site, path, {}) == ["report-a/s1.html#s1-p2", "gone.html"]


def test_check_counts_a_moved_page_with_the_target_anchors(tmp_path):
    site = tmp_path / "site"
    page(site, "report-a/s1.html", "s1-p1", "s1-p2")
    page(site, "old/s1.html")  # mkdocs-redirects' page: no anchors of its own
    path = manifest(tmp_path, "old/s1.html", "old/s1.html#s1-p1", "old/s1.html#s1-p3", "old/s2.html")
    assert check(site, path, {"old/s1.md": "report-a/s1.md"}) == ["old/s1.html#s1-p3", "old/s2.html"]


def test_update_only_adds(tmp_path):
    site = tmp_path / "site"
    page(site, "a.html", "x")
    path = manifest(tmp_path, "gone.html", "a.html")
    assert update(site, path) == 1
    assert read_manifest(path) == ["a.html", "a.html#x", "gone.html"]
    assert path.read_text(encoding="utf-8").startswith("# Every public URL")
    assert update(site, path) == 0
    assert read_manifest(path) == ["a.html", "a.html#x", "gone.html"]


def test_update_creates_the_manifest(tmp_path):
    site = tmp_path / "site"
    page(site, "a.html")
    assert update(site, tmp_path / "new.txt") == 1
    assert read_manifest(tmp_path / "new.txt") == ["a.html"]
