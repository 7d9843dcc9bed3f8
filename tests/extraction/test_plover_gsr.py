"""The PLOVER gold-standard scorer: records of our own, in the transcribed records' shape."""

import json

from tests.extraction.plover_gsr import load_records, main, score_record


def _rec(n, event, src, tgt, text):
    return {"id": f"OWN-{event}-{n:04d}", "event": event, "mode": "", "src": src, "tgt": tgt, "text": text}


def test_event_between_coded_states_is_found():
    rec = _rec(1, "ACCUSE", [["Norway", "NOR"]], [["Chile", "CHL"]], "Norway condemned Chile on Monday.")
    res = score_record(rec)
    assert res["actors"] and res["linked"] and res["category"] and res["event"]


def test_old_category_names_and_demonyms_resolve():
    # DISAPPROVE is PLOVER 0.5's name for ACCUSE; the source is coded by a demonym
    rec = _rec(2, "DISAPPROVE", [["Norwegian", "NOR"]], [], "The Norwegian government condemned Chile.")
    assert score_record(rec)["event"]


def test_wrong_category_is_linked_but_not_the_event():
    rec = _rec(3, "THREATEN", [["Norway", "NOR"]], [["Chile", "CHL"]], "Norway condemned Chile on Monday.")
    res = score_record(rec)
    assert res["linked"] and not res["category"] and not res["event"]


def test_unrelated_sentence_is_a_miss_and_halves_split_by_number(tmp_path, capsys):
    recs = [
        _rec(1, "ACCUSE", [["Norway", "NOR"]], [["Chile", "CHL"]], "Norway condemned Chile on Monday."),
        _rec(2, "ACCUSE", [["Peru", "PER"]], [["Chile", "CHL"]], "Rain fell in Lima and in Santiago."),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    assert main([str(path), "--half", "even", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "MISS OWN-ACCUSE-0002" in out and "all 1 records" in out and "event 0.0%" in out
    assert main([str(path), "--half", "odd"]) == 0
    assert "event 100.0%" in capsys.readouterr().out


def test_a_broken_line_names_the_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n{not json\n')
    assert main([str(path)]) == 2
    assert f"{path}:2:" in capsys.readouterr().err


_PLOVER_FILE = """{
    "id": "OWN-GSR-DISAPPROVE-0001",
    "date": "2000-01-01",
    "source": [{"actorText": "Norway", "code": "NOR", "sector": "GOV"}],
    "target": [{"actorText": "Chile", "code": "CHL"}],
    "event": "DISAPPROVE",
    "text": "Norway condemned Chile on Monday, the ministry said. #1 story",
    "textInfo": {"markup": "(SRC: Norway) (EVT: condemned) (TAR: Chile) on Monday."},
    "comment": "",
},
{
    "id": "OWN-GSR-MOBILIZE-0002", ####
    "source": [{"actorText": "", "code": "---"}],
    "target": "",
    "event": "MOBILIZE",
    "text": "NEED EXAMPLE.",
},
{
    "id": "OWN-GSR-DISAPPROVE-0001",
    "source": [{"actorText": "Norway", "code": "NOR"}],
    "event": "DISAPPROVE",
    "text": "Norway condemned Chile on Monday, the ministry said.",
},
"""


def test_plovers_own_file_is_read_with_its_trailing_commas_and_repeats(tmp_path):
    path = tmp_path / "PLOVER_GSR_CAMEO.txt"
    path.write_text(_PLOVER_FILE)
    records = load_records(path)
    assert [r["id"] for r in records] == ["OWN-GSR-DISAPPROVE-0001", "OWN-GSR-MOBILIZE-0002"]
    assert records[0]["src"] == [["Norway", "NOR"]] and records[0]["tgt"] == [["Chile", "CHL"]]
    assert records[1]["src"] == [] and records[1]["tgt"] == []
    assert score_record(records[0])["event"]
    assert records[0]["text"].endswith("#1 story")  # a '#' inside a text value is kept


def test_a_broken_plover_file_names_its_line(tmp_path, capsys):
    path = tmp_path / "PLOVER_GSR_CAMEO.txt"
    path.write_text(_PLOVER_FILE.replace('"event": "MOBILIZE",', '"event": MOBILIZE,'))
    assert main([str(path)]) == 2
    assert f"{path}:15:" in capsys.readouterr().err
