"""The command line: formats, stdin, per-file errors, exit codes. Fixtures are written here."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from newsfacts.cli import cli

DUMP = """\
Ferry service suspended as storm nears the islands
- Coast guard warns small boats to stay in port
SUVA: The ferry operator suspended all sailings on Sunday as a storm approached, the coast guard said.
Harbour master Ines Calloway said crossings would resume once winds dropped below gale force.
"""


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_extract_json_follows_the_contract(tmp_path):
    f = tmp_path / "dump.txt"
    f.write_text(DUMP)
    res = run("extract", str(f), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) >= {"articles", "conflicts"}
    (a,) = data["articles"]
    assert a["title"] == "Ferry service suspended as storm nears the islands"
    assert a["dateline"]["text"] == "SUVA"
    assert a["source"]["path"] == str(f)
    assert any(m["canonical"] == "Ines Calloway" for m in a["mentions"])


def test_extract_jsonl_from_stdin_with_a_date():
    res = run("extract", "-", "--format", "jsonl", "--date", "2025-03-02", input=DUMP)
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["published"] == "2025-03-02"


def test_a_bad_file_is_reported_and_the_others_go_on(tmp_path):
    good, empty, binary = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "pic.png"
    good.write_text(DUMP)
    empty.write_text("")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    res = run("extract", str(empty), str(good), str(binary), str(tmp_path / "missing.txt"), "--format", "json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert len(data["articles"]) == 1
    reasons = {e["source"]: e["reason"] for e in data["errors"]}
    assert set(reasons) == {str(empty), str(binary), str(tmp_path / "missing.txt")}
    assert "empty" in reasons[str(empty)] and "binary" in reasons[str(binary)]
    for src in reasons:
        assert f"newsfacts: error: {src}: " in res.stderr


def test_table_and_csv_for_people_and_spreadsheets(tmp_path):
    f = tmp_path / "dump.txt"
    f.write_text(DUMP)
    table = run("extract", str(f))
    assert "SUVA" in table.stdout
    csv_out = run("extract", str(f), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,title,url,dateline") and len(csv_out) == 2


def test_bad_date_and_all_inputs_failing_exit_non_zero(tmp_path):
    cmd = [sys.executable, "-m", "newsfacts", "extract", "-", "--date", "yesterday"]
    proc = subprocess.run(cmd, input=DUMP, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.startswith("newsfacts: error: --date must be an ISO date")
    (tmp_path / "empty.txt").write_text("   \n")
    proc = subprocess.run([sys.executable, "-m", "newsfacts", "extract", str(tmp_path / "empty.txt")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "empty input" in proc.stderr
