"""The locale table: the edition's languages (from the configuration, mkdocs.yml) with their
words and conventions (data/ui.yml). Everything that differs between the languages is here or
in the data; the renderers ask a ``Locale``, never compare language codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, RootModel

from .. import yamlfile
from ..errors import InputError
from ..model.dates import PartialDate
from ..model.meta import Strict
from ..project import Language
from .names import MatchRules


class Conventions(Strict):
    """How the language writes what the pages compose."""

    sentence_end: str
    colon: str  # between a label and its value (full width in Japanese)
    parentheses: str  # around a count or a short aside: "({text})" or "（{text}）"
    clause_separator: str
    list_separator: str
    subtitle_separator: str
    name_space: str  # between a family and a given name
    approximate: str  # "{date}" with a qualifier
    dates: dict[Literal["day", "month", "year"], str]  # formats with {year} {month} {day} {month_name}
    month_names: list[str] = Field(default_factory=list)
    date_parts: dict[Literal["month", "year"], dict[Literal["early", "mid", "late", "end"], str]]  # {date}
    after: str  # {date}: an event the report places after another
    before: str  # {date}: an event the report places before another
    inferred: str  # {date}: a date the edition infers
    believed: str  # {date}: a date the report gives as believed
    context_chars: int  # of context on each side of a mention
    whole_words: bool  # names match only as whole words
    gloss_open: str | None = None  # a gloss in these brackets after a name is part of its mention
    index_order: Literal["reading", "name"]  # registry indexes: by Japanese reading, or by name
    bibtex_language: str


class CitationWords(Strict):
    """The words of the citations (render/citation.py)."""

    styles: dict[str, str]  # the styles a language shows (local, sist02, chicago_note, …) → their names
    local_format: str = ""  # the language's own form: {author}{title}{editors}{edition}{version}{year}…
    and_: str = Field(alias="and")
    original_year: str  # {year}: the year the original was written
    locator: str  # {id}: a section's or paragraph's id
    url: str  # {url} {today}
    quote: str  # {text}: a quotation
    translation_of: str  # {title}
    author_not_named: str
    versioned: str  # the address of the text as cited
    latest: str  # the address of the latest version
    no_address: str  # said where a copy has no published address
    section: str  # {id}: a section's cite control before the page's script completes it


class ReleaseWords(Strict):
    """The words of the changelog, the errata and the feed (README, "Versions and releases")."""

    changelog: str
    changelog_intro: str
    release: str  # {version} {date}: a release's heading
    first_release: str
    no_change: str
    statuses: dict[str, str]  # added, removed, corrected, retranslated, translated
    text_in: str  # {version}: the link to a segment's text in a release
    changed_mark: str  # the marker of a segment changed in this release
    changed_title: str  # {version}
    changes_count: str  # {n}
    errata: str
    errata_intro: str
    no_errata: str
    errata_kinds: dict[str, str]  # text, apparatus, translation
    was: str
    now: str
    feed: str  # {title}: the Atom feed's title
    diff_unit: Literal["characters", "words"]  # how a diff of this language's text is cut


class BookWords(Strict):
    """The words of the offline books (EPUB, PDF) and of the downloads list."""

    colophon: str  # the heading of a book's last page: edition, version, contributors, licence
    version: str  # {version} {date}
    downloads: str  # the heading of the list of downloads
    downloads_intro: str
    report_books: str  # {report}: the heading of one report's downloads
    single: str  # {language}: a book in one language
    bilingual: str  # a book with the original and its translation, paragraph by paragraph
    facing: str  # the PDF with the original on the left page and the translation on the right
    data: str  # the heading of the corpus files
    data_files: dict[str, str]  # per file: what it is (corpus.jsonl, corpus.tsv, REPORT.tei.xml, README.txt)
    catalogue: str  # the OPDS catalogue, for e-reader apps
    size: str  # {size}: a file's size in words


class Labels(Strict):
    """The words of the generated pages in one language (data/ui.yml)."""

    home: str
    about: str
    about_title: str
    about_version: str
    about_contributors: str
    about_licence: str
    about_originals: str
    about_address: str
    about_no_address: str
    about_tracker: str
    about_no_tracker: str
    edition_line: str  # {version} {released} {licence}
    in_edition: str
    site_description: str  # the pages' meta description
    home_intro: str
    report_label: str
    read: str
    author: str
    author_not_named: str
    title_supplied: str
    chapter_number: str
    chapter_number_value: str
    written: str
    publication: str
    publication_status: dict[str, str]
    seed: str
    seed_value: str
    contents: str
    pages: str
    pages_intro: str
    page_label: str
    notes: str
    notes_count: str
    notes_missing: str
    how_to_cite: str
    cite_intro: str
    missing_note: str
    missing_note_again: str  # {n}: the note that says it
    structure: dict[str, str]
    palette_toggle: list[str]
    bibliography: str
    bibliography_intro: str
    no_sources: str
    cite_this: str
    copy_button: str
    copied: str
    copy_with_citation: str
    report_error: str
    report_error_title: str
    download: str
    permalink: str
    source: str
    apparatus: str
    archive: str
    archive_title: str
    original_url: str
    archive_fallback: str
    note_ref: str
    cited_in: str
    actors: str
    actors_intro: str
    kinds: dict[str, str]
    kind: dict[str, str]
    names: str
    forms: str
    reading: str
    roles: str
    when: str
    description: str
    mentions: str
    mentions_count: str
    cooccurring: str
    related_events: str
    events: str
    events_intro: str
    date: str
    date_basis: str
    basis: dict[str, str]  # stated, inferred: {evidence}
    place: str
    participants: str
    sources: str
    previous: str
    next: str
    timeline: str
    timeline_intro: str
    filter_actor: str
    filter_report: str
    all: str
    earlier: str
    filter_from: str  # the timeline's range of years
    filter_to: str
    filter_reset: str
    timeline_chart: str  # the chart's caption
    timeline_shown: str  # {shown} {total}: the events the filter shows
    timeline_empty: str
    several_reports: str  # the chart's legend: an event described by more than one report
    heading_permalink: str  # the title of a heading's ¶ link
    made_with: str  # {link}: the footer's credit to the theme
    data: str
    data_intro: str
    untranslated_title: str
    untranslated: str
    parallel_title: str  # {title}: the parallel reader's page
    parallel_link: str  # from a chapter page to its parallel reader
    parallel_option: str  # the same, in the language selector
    single_view: str  # from the parallel reader back to the chapter page
    original_column: str
    translation_column: str
    view_label: str
    view_both: str
    view_original: str
    view_translation: str
    view_toggle: str
    lead: str  # {name} {kind} {description}: the first paragraph of an actor's page (Markdown)
    role: str  # the column of a role in the roles table
    mentions_in_other: str  # {n}: the count in the other language's text, where it differs
    more: str  # {n}: the folded rest of a long list
    paragraphs_together: str  # column: in how many paragraphs two actors are named together
    given_name_supplied: str
    headword_supplied: str
    source_record: str
    paragraph_label: str  # {n}
    note_label: str  # {n}
    sentence_ends: str  # the characters that end a sentence (whole-sentence excerpts)
    annotation_marker: dict[str, str]  # per kind (editor, translator), with {n}
    annotations: str  # the heading of the list at the end of a page
    annotation_about: str  # {phrase}: what a note is about
    evidence: str
    back_to_text: str
    annotations_summary: str  # {editor} {translator} {total}: the count on the editorial page
    conventions: Conventions
    citation: CitationWords
    releases: ReleaseWords
    books: BookWords


class UI(RootModel[dict[str, Labels]]):
    pass


@dataclass(frozen=True)
class Locale:
    lang: str
    name: str
    default: bool  # built at the site root; the others under <lang>/
    labels: Labels

    @property
    def prefix(self) -> str:
        """From the site root to this language's root."""
        return "" if self.default else f"{self.lang}/"

    @property
    def site_root(self) -> str:
        """From this language's root to the site root."""
        return "" if self.default else "../"

    @property
    def conventions(self) -> Conventions:
        return self.labels.conventions

    @property
    def match_rules(self) -> MatchRules:
        return MatchRules(self.conventions.whole_words, self.conventions.gloss_open)

    def text(self, bilingual: object) -> str:
        """A bilingual value's text in this language."""
        value: str = getattr(bilingual, self.lang)
        return value

    def date(self, value: PartialDate) -> str:
        names = self.conventions.month_names
        return self.conventions.dates[value.precision].format(
            year=value.year,
            month=value.month,
            day=value.day,
            month_name=names[value.month - 1] if names and value.month else "",
        )

    def join(self, items: list[str]) -> str:
        return self.conventions.list_separator.join(items)


def load_locales(path: Path, languages: list[Language]) -> tuple[Locale, ...]:
    """One locale per configured language, the default first; each needs its words in ``path``."""
    loaded = yamlfile.load(path, UI)
    missing = [language.code for language in languages if language.code not in loaded.data.root]
    if missing:
        raise InputError(path, None, f"no labels for the configured language(s) {', '.join(missing)}")
    ordered = sorted(languages, key=lambda language: not language.default)
    return tuple(Locale(lang.code, lang.name, lang.default, loaded.data.root[lang.code]) for lang in ordered)
