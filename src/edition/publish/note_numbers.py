"""Python-Markdown extension: footnotes keep the source's note numbers.

Python-Markdown numbers footnotes 1, 2, 3 … on every page, but a chapter page of this
edition holds, say, notes 6 to 12 of its report. The footnote *labels* are the original
numbers (``[^7]``), so this treeprocessor, run after the footnotes extension has built
its markup, shows the label instead of the per-page index: in the reference, as the
``value`` of the list item (so the ordered list counts from it), and in the backlink title.
"""

from __future__ import annotations

from xml.etree import ElementTree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class OriginalNoteNumbers(Treeprocessor):
    def __init__(self, md: Markdown, separator: str) -> None:
        super().__init__(md)
        self.prefix, self.ref_prefix = f"fn{separator}", f"fnref{separator}"

    def label(self, element_id: str, prefix: str) -> str | None:
        label = element_id.removeprefix(prefix)
        return label if element_id.startswith(prefix) and label.isdigit() else None

    def run(self, root: ElementTree.Element) -> None:
        for sup in root.iter("sup"):
            label = self.label(sup.get("id", ""), self.ref_prefix)
            anchor = sup.find("a")
            if label and anchor is not None and anchor.get("class") == "footnote-ref":
                anchor.text = label
        for item in root.iter("li"):
            label = self.label(item.get("id", ""), self.prefix)
            if label:
                item.set("value", label)
                for backlink in item.iter("a"):
                    if backlink.get("class") == "footnote-backref":
                        backlink.set("title", f"↩ {label}")


class NoteNumbersExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API)
        processors = md.parser.blockprocessors
        footnotes = getattr(processors["footnote"], "footnotes", None) if "footnote" in processors else None
        separator = footnotes.get_separator() if footnotes else ":"
        # After the footnotes extension's last treeprocessor (footnote-duplicate, 15).
        md.treeprocessors.register(OriginalNoteNumbers(md, separator), "original-note-numbers", 14)


def makeExtension(**kwargs: object) -> NoteNumbersExtension:  # noqa: N802 (Python-Markdown's API)
    return NoteNumbersExtension(**kwargs)
