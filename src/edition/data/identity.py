"""The edition's identity (data/edition.yml): title, version, release date, contributors and
their roles, licence, the status of the original texts, the published address and the tracker.

One source for every citation, metadata tag, export and download. The published address is the
file's ``address`` unless the configuration (``site_url``, the SITE_URL variable) names a mirror.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from .. import yamlfile
from ..model.meta import Bilingual, Strict

Role = Literal["editor", "translator", "compiler"]
SEMVER = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"


def _absolute(value: str | None) -> str | None:
    if value:
        parts = urllib.parse.urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"{value!r} is not an absolute http(s) address")
    return value or None


def _root(value: str | None) -> str | None:
    """The root of a site: an absolute http(s) address ending in "/", or None."""
    value = _absolute(value)
    return value if not value or value.endswith("/") else f"{value}/"


class Contributor(Strict):
    name: Bilingual
    roles: list[Role] = Field(min_length=1)


class Licence(Strict):
    id: str  # SPDX identifier
    name: str
    url: str
    covers: Bilingual


class Identity(Strict):
    title: Bilingual
    version: str = Field(pattern=SEMVER)
    released: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    contributors: list[Contributor] = Field(min_length=1)
    roles: dict[Role, Bilingual]
    licence: Licence
    originals: Bilingual
    address: str | None = None
    tracker: str | None = None

    @field_validator("address")
    @classmethod
    def _site_root(cls, value: str | None) -> str | None:
        return _root(value)

    @field_validator("tracker")
    @classmethod
    def _tracker(cls, value: str | None) -> str | None:
        return _absolute(value)

    @model_validator(mode="after")
    def _every_role_described(self) -> Identity:
        missing = {role for c in self.contributors for role in c.roles} - set(self.roles)
        if missing:
            raise ValueError(f"roles without a description: {', '.join(sorted(missing))}")
        return self

    def with_roles(self, role: Role) -> list[Contributor]:
        return [c for c in self.contributors if role in c.roles]

    def published(self, site_url: str) -> Identity:
        """The identity as built: a configured site_url (a mirror) replaces the address."""
        return self.model_copy(update={"address": _root(site_url)}) if site_url else self

    @property
    def year(self) -> str:
        return self.released[:4]


def load_identity(path: Path) -> Identity:
    return yamlfile.load(path, Identity).data
