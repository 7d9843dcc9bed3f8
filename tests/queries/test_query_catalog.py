"""The preset library: documented headers, declared parameters, typed coercion, the portable subset."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoalign.cli import cli
from graph.cypher_compat import code_only, lint, union_parts
from graph.queries import (
    CATALOG_DIR,
    Param,
    QueryError,
    bind,
    coerce,
    get_preset,
    load_catalog,
    parse_param_options,
)
from graph.queries.run import PAGE_END, PAGE_PARAMS, PAGE_ROWS, ROWS_BEFORE, pages_inside

CATALOG = load_catalog()
REQUIRED_PRESETS = {
    "allies",
    "stance_on_topic",
    "stance_table",
    "breaks_ranks",
    "officials_signed",
    "relations_between",
    "paths",
    "contested_territories",
    "most_cited",
    "stances_over_time",
    "actors_by_plover",
    "co_mentions",
}


def test_the_library_has_every_required_preset() -> None:
    assert len(CATALOG) >= 12
    assert set(CATALOG) >= REQUIRED_PRESETS


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_every_preset_is_documented(name: str) -> None:
    preset = CATALOG[name]
    assert preset.title and preset.question.endswith("?"), "title and a question ending in '?'"
    assert preset.example.startswith(f"geoalign query {name}")
    used = set(re.findall(r"\$(\w+)", code_only(preset.cypher)))
    declared = {p.name for p in preset.params}
    # run_saved sends the page's parameters to a preset it pages inside (not the user's to set)
    if pages_inside(preset.cypher):
        used -= PAGE_PARAMS
    elif all(pages_inside(part) for part in union_parts(preset.cypher)):
        used -= {PAGE_ROWS, PAGE_END}  # each part is sent the rows the page still wants, and its end
    if len(union_parts(preset.cypher)) > 1:
        used -= {ROWS_BEFORE}  # and the rows the parts before it returned
    assert used == declared, f"parameters used {sorted(used)} vs documented {sorted(declared)}"
    assert all(p.description for p in preset.params), "every parameter says what it is for"


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_every_preset_is_in_the_portable_subset(name: str) -> None:
    preset = CATALOG[name]
    assert lint(preset.cypher, unordered=preset.list_columns) == []


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_every_example_command_binds(name: str) -> None:
    words = shlex.split(CATALOG[name].example)
    params = [words[i + 1] for i, w in enumerate(words) if w == "--param"]
    bind(CATALOG[name], parse_param_options(params))


@pytest.mark.parametrize("name", sorted(set(CATALOG) - {"co_mentions", "negated_claims"}))
def test_default_queries_leave_out_negated_relations(name: str) -> None:
    preset = CATALOG[name]
    flag = next(p for p in preset.params if p.name == "include_negated")
    assert flag.type == "boolean" and flag.default is False
    assert "claimed" in code_only(preset.cypher)


def test_plover_categories_offered_are_the_models() -> None:
    from graph.model import Plover

    (param,) = [p for p in CATALOG["actors_by_plover"].params if p.name == "categories"]
    assert param.choices == tuple(c.value for c in Plover if c is not Plover.STRUCTURE)


def test_paths_walk_every_claim_type() -> None:
    from graph.model import CLAIM_TYPES, RELATIONS

    # Every relation of every path is tested against the one type that is no claim (MENTIONS).
    assert set(RELATIONS) - set(CLAIM_TYPES) == {"MENTIONS"}
    code = code_only(CATALOG["paths"].cypher)
    relations = re.findall(r"-\[(r\d)\]-", code)
    assert relations and all(f"type({r}) <> ''" in code for r in relations)


def test_query_list_shows_every_preset_with_its_parameters() -> None:
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0, result.output
    for name, preset in CATALOG.items():
        assert f"{name}: {preset.title}" in result.output
        for param in preset.params:
            assert f"--param {param.signature()}" in result.output


def test_missing_and_unknown_parameters_name_what_the_preset_takes() -> None:
    with pytest.raises(QueryError) as missing:
        bind(get_preset("allies"), {})
    assert "missing required parameter(s) actor" in str(missing.value)
    assert "actor (string, required)" in str(missing.value)
    assert "include_negated (boolean, default false)" in str(missing.value)
    with pytest.raises(QueryError, match=r"unknown parameter\(s\) colour.*It takes: actor"):
        bind(get_preset("allies"), {"actor": "Serbia", "colour": "red"})
    with pytest.raises(QueryError, match="no saved query named 'nope'; saved queries: actors_by_plover"):
        get_preset("nope")


@pytest.mark.parametrize(
    ("param", "raw", "expected"),
    [
        (Param("n", "integer", low=1, high=4), "3", 3),
        (Param("x", "float"), "0.5", 0.5),
        (Param("b", "boolean"), "Yes", True),
        (Param("b", "boolean"), "false", False),
        (Param("d", "date"), "2022-09-30", "2022-09-30"),
        (Param("xs", "list"), "REJECTS, SUPPORTS,", ["REJECTS", "SUPPORTS"]),
        (Param("xs", "list"), "", []),
        (Param("s", "string", choices=("any", "support")), "SUPPORT", "support"),
        (Param("xs", "list", choices=("AGREE", "REJECT")), "reject", ["REJECT"]),
    ],
)
def test_parameters_are_coerced_to_their_type(param: Param, raw: str, expected: object) -> None:
    assert coerce(param, raw) == expected


@pytest.mark.parametrize(
    ("param", "raw", "message"),
    [
        (Param("n", "integer", low=1, high=4), "7", "between 1 and 4"),
        (Param("n", "integer"), "three", "expects an integer"),
        (Param("b", "boolean"), "maybe", "expects true or false"),
        (Param("d", "date"), "2022-02-30", "expects a date YYYY-MM-DD"),
        (Param("d", "date"), "30/09/2022", "expects a date YYYY-MM-DD"),
        (Param("s", "string", choices=("any", "support")), "all", "must be one of any|support"),
    ],
)
def test_bad_parameter_values_get_a_clear_message(param: Param, raw: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        coerce(param, raw)


def test_param_options_must_be_key_value() -> None:
    with pytest.raises(QueryError, match="is not key=value"):
        parse_param_options(["actor"])


def test_the_catalog_folder_ships_with_the_package() -> None:
    assert Path(__file__).resolve().parents[2] / "queries" == CATALOG_DIR
    assert all(p.path.parent == CATALOG_DIR for p in CATALOG.values())
