"""__main__: the command line, in-process (no MkDocs)."""

from edition.__main__ import main

from .factories import write


def project(root):
    write(root / "mkdocs.yml", "plugins:\n  - redirects:\n      redirect_maps: {old.md: new.md}\n")
    write(root / "site" / "new.html", '<article><p id="p1"></p></article>')
    write(root / "urls.txt", "new.html\nold.html#p1\nold.html#p2\n")
    return root


def test_urls_check(tmp_path, capsys):
    root = project(tmp_path)
    assert main(["urls", "--check", str(root / "site"), "--root", str(root)]) == 1
    assert capsys.readouterr().out == "gone without a redirect: old.html#p2\n"


def test_urls_update(tmp_path, capsys):
    root = project(tmp_path)
    assert main(["urls", "--update", str(root / "site"), "--root", str(root)]) == 0
    assert capsys.readouterr().out.startswith("1 new URL(s) added to ")  # new.html#p1
    assert main(["urls", "--check", str(root / "site"), "--root", str(root)]) == 1  # update never removes


def test_urls_needs_a_site(tmp_path, capsys):
    assert main(["urls", "--root", str(project(tmp_path))]) == 2
    assert "give --check SITE or --update SITE" in capsys.readouterr().err


def test_bad_input_is_reported_line_by_line(tmp_path, capsys):
    root = project(tmp_path)
    write(
        root / "mkdocs.yml",
        "plugins:\n  - i18n:\n      languages:\n        - {locale: ja, name: 日本語, default: true}\n",
    )
    write(root / "data" / "ui.yml", "ja: {}\n")
    write(root / "seeds" / "report-a.yml", "id: report-a\n")
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) > 2
    assert all(line.startswith("error: ") for line in err)
    assert any("ui.yml:1: ja.home: Field required" in line for line in err)
    assert any("report-a.yml:1: seed: Field required" in line for line in err)
