"""The seeds are the witnesses: byte-identical to the shared originals, never edited."""

import hashlib

import pytest
import yaml
from helpers import REPORTS, ROOT

SHARED = ROOT.parent / "shared" / "seeds"
# The sha256 of the two witnesses as delivered: a change to a seed fails here.
WITNESSES = {
    "000_8fde553add317366.txt": "9090c6d8d0421a7b406bf798305cf80e02d7dcb2f360b339bf1adb3fb7775f37",
    "001_ad2acc227bec59af.txt": "97ec86a3e74a26d4ffc2773a4bc5d4961c7ce0bc3050330ee3f0842391d92bf2",
}


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(WITNESSES))
def test_seed_is_the_witness(name):
    assert sha256(ROOT / "seeds" / name) == WITNESSES[name]


def test_seeds_are_byte_identical_to_shared():
    assert SHARED.is_dir(), "the shared seeds must be beside the checkout (../shared/seeds)"
    shared = {path.name: sha256(path) for path in SHARED.glob("*.txt")}
    ours = {path.name: sha256(path) for path in (ROOT / "seeds").glob("*.txt")}
    assert ours == shared


@pytest.mark.parametrize("report", REPORTS)
def test_metadata_names_its_seed_and_checksum(report):
    meta = yaml.safe_load((ROOT / "seeds" / f"{report}.yml").read_text(encoding="utf-8"))
    assert WITNESSES[meta["seed"]] == meta["seed_sha256"]


def test_report_b_title_is_supplied_and_author_not_named():
    meta = yaml.safe_load((ROOT / "seeds" / "report-b.yml").read_text(encoding="utf-8"))
    assert meta["title"]["supplied"] is True
    assert meta["author"] == {"named_in_source": False}
    assert meta["publication"]["status"] != "confirmed"
