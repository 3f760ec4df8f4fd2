"""publish.minify: the edition's stylesheets and scripts minified in the built site, and the pages'
markup without the templates' indentation, rendering the same."""

import subprocess

from edition.publish.minify import minify_assets, trim_html

CSS = """/* a comment */
.md-typeset .edition-cite {
  font-size: 0.75rem;
}
"""
JS = """// a comment
const greet = (name) => {
  return `Hello, ${name}!`;  // a template literal
};
document.title = greet("world") + " /x/";
"""


def test_the_sites_copies_of_the_overrides_assets_are_minified(tmp_path):
    overrides, site = tmp_path / "overrides", tmp_path / "site"
    files = {
        "assets/stylesheets/edition.css": CSS,
        "assets/javascripts/edition.js": JS,
        "assets/images/x.svg": "<svg/>",
    }
    for name, text in files.items():
        for root in (overrides, site):
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
    (overrides / "assets/javascripts/unused.js").write_text(JS, encoding="utf-8")  # not in the site
    written = minify_assets(overrides, site)
    assert written == [site / "assets/javascripts/edition.js", site / "assets/stylesheets/edition.css"]
    assert (site / "assets/stylesheets/edition.css").read_text(
        encoding="utf-8"
    ) == ".md-typeset .edition-cite{font-size:0.75rem}"
    script = (site / "assets/javascripts/edition.js").read_text(encoding="utf-8")
    assert "comment" not in script and "`Hello, ${name}!`" in script and len(script) < len(JS) * 0.8
    result = subprocess.run(["node", "-e", f"const document = {{}}; {script}; console.log(document.title)"],
                            capture_output=True, text=True)  # fmt: skip
    assert result.stdout == "Hello, world! /x/\n"  # the same program
    assert (site / "assets/images/x.svg").read_text(encoding="utf-8") == "<svg/>"  # neither CSS nor JS
    assert not (site / "assets/javascripts/unused.js").exists()
    minify_assets(overrides, site)
    assert (site / "assets/javascripts/edition.js").read_text(encoding="utf-8") == script  # from the source again


def test_indentation_and_blank_lines_go_where_whitespace_collapses():
    html = (
        "<div>\n    <p>\n      text\n\n   \n    </p>\n"
        "<pre>\n    kept\n\n</pre>\n  <code>  a\n    b</code>\n"
        "<script>\n  const s = `\n    kept`;\n</script>\n  <textarea>\n  kept</textarea>\n"
        "<p>\n\u3000全角空白で始まる行</p>\n</div>\n"
    )
    assert trim_html(html) == (
        "<div>\n<p>\ntext\n</p>\n"
        "<pre>\n    kept\n\n</pre>\n<code>  a\n    b</code>\n"
        "<script>\n  const s = `\n    kept`;\n</script>\n<textarea>\n  kept</textarea>\n"
        "<p>\n\u3000全角空白で始まる行</p>\n</div>\n"
    )
    assert trim_html(trim_html(html)) == trim_html(html)
