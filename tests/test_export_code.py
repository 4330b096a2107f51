"""The contract every exporter fills in: `lstm-lab export-code` writes a lesson's script and its
data files, refuses what it cannot export in one line, and File → Export as code… writes the
lesson as it is on screen or says why it could not."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest
from export_checks import lstm_lab_command, run_script

from lstm_lab.core import kinds
from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.export_code import ExportedCode, export_lesson, main

PLUGINS = Path(__file__).parent / "plugins"

TALLY_SCRIPT = '''"""A tally, exported."""
import json
import sys
from pathlib import Path

here = Path(__file__)
data = json.loads(here.with_name(here.stem + "-counts.json").read_text())
count = sum(1 for value in data["sequence"] if value > 0.5)
if "--json" in sys.argv:
    print(json.dumps({"count": count}))
else:
    print(f"{count} pulses")
'''


def tally_export(lesson, framework):
    """The tiny kind's exporter: a script and one data file it reads."""
    data = json.dumps({"sequence": list(lesson.options["sequence"])}).encode()
    return ExportedCode(script=TALLY_SCRIPT, data_files={"-counts.json": data})


def _forget_tally():
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    for widget in QApplication.topLevelWidgets():
        if type(widget).__module__.startswith("tally.") and Shiboken.isValid(widget):
            widget.files.forget_changes()
            Shiboken.delete(widget)
    kinds.unregister_kind("tally")
    for name in [name for name in sys.modules if name == "tally" or name.startswith("tally.")]:
        del sys.modules[name]


@pytest.fixture
def tally(monkeypatch, qapp):
    """The test kind "tally" (tests/plugins/tally), registered without an exporter."""
    monkeypatch.syspath_prepend(str(PLUGINS))
    kind = kinds.load_kind("tally")
    yield kind
    _forget_tally()


@pytest.fixture
def exporting_tally(tally):
    """The same kind with an exporter that writes a script and a data file."""
    return kinds.register_kind(dataclasses.replace(tally, export_code=f"{__name__}:tally_export"))


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


def test_export_code_writes_the_script_and_its_data_files(exporting_tally, tmp_path, capsys):
    out = tmp_path / "tally.py"
    assert main(["--lesson", "tally-three", "--framework", "numpy", "--out", str(out)]) == 0
    data = tmp_path / "tally-counts.json"
    assert out.read_text(encoding="utf-8") == TALLY_SCRIPT
    assert json.loads(data.read_text()) == {"sequence": [1.0, 0.0, 1.0, 0.0, 1.0]}
    assert capsys.readouterr().err.splitlines() == [f"wrote {out}", f"wrote {data}"]
    result = run_script(out, "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == {"count": 3}


def test_a_script_with_data_files_needs_out(exporting_tally, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--lesson", "tally-three"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and one_line(captured.err)
    assert "--out PATH.py" in captured.err and "1 data file" in captured.err
    assert list(tmp_path.iterdir()) == []


def test_a_kind_without_an_exporter_is_refused_in_one_line(tally, tmp_path, capsys):
    assert main(["--lesson", "tally-three", "--out", str(tmp_path / "t.py")]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and one_line(captured.err)
    assert captured.err == (
        'lstm-lab export-code: error: lessons of the kind "tally" cannot be exported as code yet\n'
    )
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_lesson_is_refused_in_one_line(tmp_path):
    result = lstm_lab_command("export-code", "--lesson", "no-such-lesson", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert one_line(result.stderr) and '"no-such-lesson" is not a built-in lesson' in result.stderr


def test_a_broken_lesson_file_is_refused_in_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.lstmlab"
    bad.write_text('{"format": "lstm-lab-lesson", "version": 3, "kind": "cell"', encoding="utf-8")
    assert main([str(bad), "--out", str(tmp_path / "t.py")]) == 2
    captured = capsys.readouterr()
    assert one_line(captured.err) and "bad.lstmlab" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.lstmlab"]


def test_without_out_the_script_goes_to_standard_output(tmp_path):
    result = lstm_lab_command("export-code", "--lesson", "single-pulse", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == export_lesson(lesson_by_name("single-pulse"), "numpy").script
    assert list(tmp_path.iterdir()) == []


def test_a_lesson_file_exports_as_its_built_in_lesson_does(tmp_path, capsys):
    from lstm_lab.core.lesson import write_lesson

    path = tmp_path / "mine.lstmlab"
    write_lesson(lesson_by_name("train-echo"), path)
    out = tmp_path / "mine.py"
    assert main([str(path), "--framework", "pytorch", "--out", str(out)]) == 0
    expected = export_lesson(lesson_by_name("train-echo"), "pytorch").script
    assert out.read_text(encoding="utf-8") == expected


# ---------------------------------------------------------------------- the window
@pytest.mark.qt
@pytest.mark.parametrize("kind", ["cell", "compare", "forecast", "poetry", "memory"])
def test_every_lesson_window_has_export_as_code_in_its_file_menu(open_window, kind):
    from PySide6.QtGui import QKeySequence

    window = open_window(kind=kind)
    action = window.actions_by_key["export_code"]
    assert action.text().replace("&", "") == "Export as code…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    menus = {item.text().replace("&", ""): item.menu() for item in window.menuBar().actions()}
    assert action in menus["File"].actions()
    assert action.isEnabled()


@pytest.mark.qt
@pytest.mark.parametrize("framework", ["numpy", "pytorch"])
def test_write_code_writes_the_lesson_as_it_is_on_screen(open_window, tmp_path, framework):
    window = open_window("single-pulse")
    window.findChild(object, "paramSlider_w_xi").setValue(-1.5)  # one slider move
    code = export_lesson(window.current_lesson(), framework)
    path = tmp_path / "on-screen.py"
    assert window.write_code(code, str(path))
    text = path.read_text(encoding="utf-8")
    assert text == code.script
    assert "'w_xi': -1.5," in text
    assert text != export_lesson(lesson_by_name("single-pulse"), framework).script
    assert str(path) in window.statusBar().currentMessage()


@pytest.mark.qt
def test_a_failed_write_shows_the_warning_box_not_a_traceback(open_window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window = open_window("single-pulse")
    code = export_lesson(window.current_lesson(), "numpy")
    path = tmp_path / "no-such-folder" / "script.py"
    assert window.write_code(code, str(path)) is False
    box = window.findChild(QMessageBox, "exportCodeError")
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith(f"Could not write {path}: ")
    assert not path.parent.exists()


@pytest.mark.qt
def test_a_kind_without_an_exporter_says_so_before_asking_anything(tally, open_window):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    window = open_window(kind="tally")
    window.export_code_dialog()  # refused at once: no framework or file is asked for
    box = window.findChild(QMessageBox, "exportCodeError")
    assert box is not None and box.text() == "This kind of lesson cannot be exported as code yet."
    assert window.findChild(QInputDialog) is None
