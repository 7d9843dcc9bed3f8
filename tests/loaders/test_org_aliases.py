"""The organisation alias file: it parses, names each alias for one body only, and spells every body
the gazetteer knows as the gazetteer does (else the store-level resolution would move its node)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from geoalign.ingest import ORG_ALIASES
from graph.model import Label, entity_id
from graph.resolve import AliasError, read_org_aliases
from loaders.extract.gazetteer import load_gazetteer


def test_every_alias_the_gazetteer_knows_names_the_same_body() -> None:
    gazetteer = load_gazetteer()
    rows = yaml.safe_load(ORG_ALIASES.read_text(encoding="utf-8"))
    checked = 0
    for row in rows:
        for alias in [row["name"], *(row.get("aliases") or [])]:
            surface = gazetteer.lookup(alias)
            if surface is not None and surface.key.startswith("Organization:"):
                checked += 1
                assert surface.key == entity_id(Label.ORGANIZATION, row["name"]), (alias, surface.key)
    assert checked > 40  # the file overlaps the gazetteer's bodies a good deal, and agrees on them


def test_contextual_words_are_read_without_their_article() -> None:
    aliases = read_org_aliases(ORG_ALIASES)
    assert {"NATO", "CSTO"} <= aliases.contextual["alliance"]
    assert aliases.canonical(["North Atlantic Alliance"]) == "NATO"
    assert aliases.canonical(["UN refugee agency", "UNHCR"]) == "UNHCR"
    assert aliases.canonical(["the Alliance"]) is None  # only by context, never on its own


def test_an_alias_of_two_bodies_is_refused_with_the_file_named(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text("- {name: Alpha Union, aliases: [AU]}\n- {name: African Union, aliases: [AU]}\n")
    with pytest.raises(AliasError, match=r"aliases\.yaml: 'AU' names both"):
        read_org_aliases(path)
    path.write_text("- just a string\n")
    with pytest.raises(AliasError, match="entry 1"):
        read_org_aliases(path)
