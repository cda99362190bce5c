"""The command line, run as users run it: in a subprocess, checking output and exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import lunamission as lm

ROOT = Path(__file__).resolve().parents[1]
LUNA = str(ROOT / "examples" / "luna25_tass_style.txt")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lunamission.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# -- extract --------------------------------------------------------------------------------
def test_extract_prints_the_table() -> None:
    done = run("extract", LUNA, "--published", "2023-08-21")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["UTC", "LOCAL", "PRECISION"]
    assert "2023-08-10 23:10Z" in lines[1] and "launch" in lines[1] and "L+0m" in lines[1]
    assert any("undated" in line and "impact" in line for line in lines)


def test_extract_json_is_a_timeline() -> None:
    done = run("extract", LUNA, "--published", "2023-08-21", "--format", "json")
    assert done.returncode == 0, done.stderr
    tl = lm.Timeline.model_validate_json(done.stdout)
    assert tl.first("launch") is not None
    assert {ev.source.document for ev in tl if ev.source} == {"luna25_tass_style.txt"}


def test_extract_reads_stdin_with_a_source_id() -> None:
    text = "TOKYO, Jan 20 (Kyodo) -- SLIM touched down at 12:20 a.m. on Saturday."
    done = run("extract", "-", "--published", "2024-01-20", "--source", "k1", "--format", "json",
               stdin=text)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (ev,) = lm.Timeline.model_validate_json(done.stdout)
    assert ev.when is not None and ev.when.isoformat() == "2024-01-20T00:20+09:00[Asia/Tokyo]"
    assert ev.source is not None and ev.source.document == "k1"


def test_extract_reads_a_file_that_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    text = "MOSCOW, Aug 21 (Reuters) - Luna-25 crashed at 1157 GMT on Saturday."
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    done = run("extract", str(path), "--published", "2023-08-21", "--format", "json")
    assert done.returncode == 0, done.stderr
    (ev,) = lm.Timeline.model_validate_json(done.stdout)
    assert ev.kind is lm.EventKind.IMPACT
    assert ev.source is not None and ev.source.publisher == "Reuters"  # the dateline was read
    assert ev.when is not None and ev.when.isoformat() == "2023-08-19T11:57+00:00[UTC]"


def test_extract_tz_overrides_the_zone_rules() -> None:
    text = "TOKYO, Jan 20 (Kyodo) -- SLIM entered lunar orbit on Dec. 25."
    done = run("extract", "-", "--published", "2024-01-20", "--tz", "UTC", "--format", "json",
               stdin=text)  # fmt: skip
    (ev,) = lm.Timeline.model_validate_json(done.stdout)
    assert ev.when is not None and ev.when.isoformat() == "2023-12-25[UTC]"


# -- parse ----------------------------------------------------------------------------------
def test_parse_prints_each_timestamp() -> None:
    done = run("parse", "On August 12 and 14", "--reference", "2023-08-21", "--tz", "Europe/Moscow")
    assert done.returncode == 0, done.stderr
    assert "2023-08-12[Europe/Moscow]" in done.stdout
    assert "2023-08-14[Europe/Moscow]" in done.stdout


def test_parse_without_a_timestamp_exits_1() -> None:
    done = run("parse", "The probe is fine.", "--reference", "2023-08-21")
    assert done.returncode == 1
    assert done.stdout == ""


# -- validate ---------------------------------------------------------------------------------
def test_validate_reports_findings(tmp_path: Path) -> None:
    tl = lm.extract_timeline(Path(LUNA).read_text(encoding="utf-8"), published="2023-08-21")
    path = tmp_path / "luna.json"
    path.write_text(tl.model_dump_json(), encoding="utf-8")
    done = run("validate", str(path))
    assert done.returncode == 1
    assert done.stdout.startswith("plan_after_end: ")


def test_validate_clean_timeline_exits_0(tmp_path: Path) -> None:
    tl = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
                               when=lm.Timestamp.from_iso("2023-08-11[Europe/Moscow]"))])  # fmt: skip
    path = tmp_path / "ok.json"
    path.write_text(tl.model_dump_json(), encoding="utf-8")
    done = run("validate", str(path))
    assert done.returncode == 0, done.stderr
    assert "no findings" in done.stdout


# -- bad input: one line (plus carets) on stderr, exit 2, never a traceback -----------------------
BAD = [
    (("extract", "no/such/report.txt", "--published", "2023-08-21"), "no/such/report.txt"),
    (("extract", LUNA, "--published", "2023-08-41"), "2023-08-41"),
    (("extract", LUNA, "--published", "2023-08-21", "--tz", "Mars/Olympus"), "Mars/Olympus"),
    (("extract", LUNA), "MOSCOW, August 21"),
    (("parse", "at 25:10 GMT on August 11", "--reference", "2023-08-21"), "25:10"),
    (("parse", "at 2:10 on August 11", "--reference", "2023-08-21", "--tz", "Mars"), "Mars"),
    (("validate", str(ROOT / "examples" / "luna25_tass_style.txt")), None),
]


@pytest.mark.parametrize(
    ("args", "shown"),
    BAD,
    ids=["missing-file", "bad-date", "unknown-zone", "no-year", "impossible-clock",
         "unknown-default-zone", "not-json"],
)  # fmt: skip
def test_bad_input_is_one_clear_line(args: tuple[str, ...], shown: str | None) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("lunamission: error: ")
    assert len(lines) in (1, 3)
    if shown is not None:
        assert len(lines) == 3 and shown in lines[1] and "^" in lines[2]


def test_no_command_prints_usage_and_exits_2() -> None:
    done = run()
    assert done.returncode == 2
    assert "usage:" in done.stderr


# -- help everywhere, each with an example ------------------------------------------------------
@pytest.mark.parametrize("command", [(), ("extract",), ("parse",), ("validate",)],
                         ids=["main", "extract", "parse", "validate"])  # fmt: skip
def test_help_has_an_example(command: tuple[str, ...]) -> None:
    done = run(*command, "--help")
    assert done.returncode == 0
    assert "examples:" in done.stdout and "lunamission " in done.stdout


def test_console_script_is_installed() -> None:
    script = shutil.which("lunamission", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the lunamission console script is not installed beside this Python")
    done = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"lunamission {lm.__version__}"


def test_json_output_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    done = run("extract", LUNA, "--published", "2023-08-21", "--format", "json")
    jsonschema.validate(json.loads(done.stdout), lm.Timeline.json_schema())
