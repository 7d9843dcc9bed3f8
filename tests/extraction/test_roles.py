"""Roles on HOLDS_OFFICE edges are titles from the text, never a phrase that happens to precede the name."""

from __future__ import annotations

from graph.model import Entity, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text


def _roles(text: str) -> dict[str, str | None]:
    records = extract(article_from_text(text, meta={"date": "2024-05-01"}))
    names = {r.id: r.name for r in records if isinstance(r, Entity)}
    return {names[r.source]: r.role for r in records if isinstance(r, Relation) and r.type == "HOLDS_OFFICE"}


def test_a_fronted_phrase_is_no_title() -> None:
    roles = _roles("On trade, Lula praised the plan.")
    assert all(role != "trade" and "On" not in (role or "") for role in roles.values()), roles


def test_a_title_before_a_comma_still_counts() -> None:
    roles = _roles("Russia's ambassador to the UN, Vassily Nebenzia, rejected the plan.")
    assert roles.get("Vassily Nebenzia") == "ambassador", roles


def test_a_role_drops_its_article() -> None:
    roles = _roles("The Kremlin spokesman, Dmitry Peskov, dismissed the report on Tuesday.")
    assert roles.get("Dmitry Peskov") == "Kremlin spokesman", roles


def test_a_counterpart_takes_the_office_the_leaders_data_gives() -> None:
    roles = _roles("Lavrov met his Indian counterpart Subrahmanyam Jaishankar in Moscow.")
    assert roles.get("S. Jaishankar") == "External Affairs Minister", roles


def test_a_counterpart_the_data_does_not_know_keeps_the_word() -> None:
    roles = _roles("Ghana's trade minister met his Togolese counterpart Kodjo Mensah in Lome.")
    assert roles.get("Kodjo Mensah") == "counterpart", roles


def test_a_role_keeps_a_word_that_qualifies_the_office() -> None:
    roles = _roles("Chad's transitional president Mahamat Idriss Deby met Emmanuel Macron in Paris.")
    assert roles.get("Mahamat Idriss Déby") == "transitional president", roles
    roles = _roles("Caretaker Prime Minister Anwar-ul-Haq Kakar met Chinese President Xi Jinping in Beijing.")
    assert roles.get("Anwaar-ul-Haq Kakar") == "Caretaker Prime Minister", roles


def test_a_hyphenated_qualifier_stays_whole() -> None:
    roles = _roles("The self-declared president of Somaliland, Muse Bihi Abdi, met Abiy Ahmed.")
    assert any(role == "self-declared president" for role in roles.values()), roles


def test_a_claimed_title_of_an_office_the_data_gives_in_other_years() -> None:
    roles = _roles("Self-proclaimed president Juan Guaido urged the European Union to sanction Venezuela.")
    assert roles.get("Juan Guaido") == "Self-proclaimed president", roles


def test_a_title_ending_a_fronted_phrase_is_no_role() -> None:
    roles = _roles("Flanked by the Egyptian president, Blinken criticized Hamas.")
    assert "Blinken" not in roles, roles


def _statuses(text: str) -> dict[tuple[str, str], str | None]:
    records = extract(article_from_text(text, meta={"date": "2024-05-01"}))
    names = {r.id: r.name for r in records if isinstance(r, Entity)}
    return {
        (names[r.source], names[r.target]): r.status
        for r in records
        if isinstance(r, Relation) and r.type == "MEMBER_OF"
    }


def test_joined_as_a_partner_or_observer_is_a_status() -> None:
    assert _statuses("Egypt joined the SCO as a dialogue partner.")[("Egypt", "SCO")] == "dialogue partner"
    assert _statuses("Timor-Leste joined ASEAN as an observer.")[("Timor-Leste", "ASEAN")] == "observer"
    assert _statuses("Bolivia joined Mercosur as an associate member.")[("Bolivia", "Mercosur")] == (
        "associate member"
    )


def test_joined_as_its_nth_member_is_full_membership() -> None:
    assert _statuses("Finland joined NATO as its 31st member.")[("Finland", "NATO")] is None


def test_an_act_copied_keeps_its_status() -> None:
    statuses = _statuses("Burkina Faso left ECOWAS in January, followed by Mali.")
    assert statuses[("Mali", "ECOWAS")] == statuses[("Burkina Faso", "ECOWAS")] is not None, statuses
    statuses = _statuses("Mali left ECOWAS in January. Niger followed suit.")
    assert statuses[("Niger", "ECOWAS")] == statuses[("Mali", "ECOWAS")] is not None, statuses
