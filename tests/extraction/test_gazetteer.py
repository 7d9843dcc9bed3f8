"""Gazetteer facts the rules rely on: spellings of one capital agree, wherever each spelling came from."""

from __future__ import annotations

import pytest

from loaders.extract.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("accented", "plain", "state"),
    [
        ("Lomé", "Lome", "Country:TGO"),
        ("Bogotá", "Bogota", "Country:COL"),
        ("Yaoundé", "Yaounde", "Country:CMR"),
    ],
)
def test_a_capital_spelt_with_or_without_accents_is_the_same_state(
    accented: str, plain: str, state: str
) -> None:
    gazetteer = load_gazetteer()
    with_accent, without = gazetteer.lookup(accented), gazetteer.lookup(plain)
    assert with_accent is not None and without is not None
    assert with_accent.key == without.key == state
    assert with_accent.kind == "capital"


@pytest.mark.parametrize(
    ("variant", "state"),
    [
        ("Addis Abeba", "Country:ETH"),
        ("Ulan Bator", "Country:MNG"),
        ("Ashkhabad", "Country:TKM"),
        ("Tshwane", "Country:ZAF"),
    ],
)
def test_listed_capital_spellings_stand_for_their_state(variant: str, state: str) -> None:
    surface = load_gazetteer().lookup(variant)
    assert surface is not None and surface.key == state and surface.kind == "capital"
