"""The worksheet's pages as HTML and the names of its files, without Qt: the blanks give away
no number the student works out, the answer key has them all, and the module loads no Qt."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.cell_model import LabModel
from lstm_lab.core.colours import LIGHT_SERIES
from lstm_lab.core.report import n
from lstm_lab.lessons.cell.options import apply_lesson
from lstm_lab.lessons.cell.worksheet_html import (
    BLANK,
    WorksheetOptions,
    default_options,
    footer_text,
    key_path,
    slug,
    suggested_file_name,
    worksheet_html,
)


def computed_numbers(lab) -> set[str]:
    """Every number the student works out, as the sheet writes it, minus any that happen to
    equal a given (a weight, an input, the initial states)."""
    trace = lab.trace
    values = set()
    for field in ("f", "i", "g", "o", "c", "h", "y", "zf", "zi", "zg", "zo"):
        values |= {n(float(v)) for v in getattr(trace, field)}
    params = lab.params
    givens = {n(getattr(params, name)) for name in type(params).names()}
    givens |= {n(float(x)) for x in lab.sequence} | {n(0.0)}
    return values - givens


def lab_of(name: str) -> LabModel:
    lab = LabModel()
    apply_lesson(lab, lesson_by_name(name))
    return lab


def test_a_worksheet_and_its_key_are_built_without_qt():
    lab = lab_of("single-pulse")
    lab.go_to(3)
    options = default_options(lab, "A single pulse")
    assert (options.first, options.last, options.worked) == (1, min(lab.length, 12), (3,))
    options = WorksheetOptions(
        first=1, last=5, worked=(3,), title="A single pulse", date=datetime.date(2024, 3, 5)
    )
    sheet = worksheet_html(lab, options, answers=False)
    key = worksheet_html(lab, options, answers=True)
    assert sheet.startswith("<html>") and sheet.endswith("</body></html>")
    assert "<h1>A single pulse</h1>" in sheet and "5 March 2024" in sheet
    assert "Name: ____" in sheet and "ANSWER KEY" not in sheet
    assert "ANSWER KEY" in key and "Name: ____" not in key
    assert "Step t = 3, by hand" in sheet and "Step t = 3, by hand" in key
    assert "Predict first:" in sheet and "Predict first:" not in key
    assert LIGHT_SERIES["f"] in sheet  # the gates in their colours on paper
    assert n(float(lab.trace.h[2])) in key
    assert footer_text(options, answers=False) == "LSTM Lab · A single pulse · worksheet"
    assert footer_text(options, answers=True) == "LSTM Lab · A single pulse · answer key"
    whole = WorksheetOptions(first=1, last=5, worked=(), blanks=False, title="")
    every = worksheet_html(lab, whole, answers=False)
    assert "My own cell" in every and "Name: ____" in every and BLANK not in every
    assert footer_text(whole, answers=True) == "LSTM Lab · My own cell · worksheet"


def test_the_html_with_blanks_holds_no_computed_number():
    lab = lab_of("train-hold")
    lab.set_initial("c0", 0.3)
    options = WorksheetOptions(first=1, last=lab.length, worked=(1, 4), blanks=True, title="T")
    sheet = worksheet_html(lab, options, answers=False)
    key = worksheet_html(lab, options, answers=True)
    computed = computed_numbers(lab) - {n(lab.trace.h[2]), n(lab.trace.c[2])}
    computed -= {n(0.3)}
    assert not [number for number in computed if number in sheet]
    for k in range(lab.length):
        for field in "figochy":
            assert n(float(getattr(lab.trace, field)[k])) in key
    assert "C(0) = 0.3000" in sheet and "Target:" in sheet


def test_the_suggested_names_say_the_lesson_and_the_step():
    options = WorksheetOptions(first=1, last=5, worked=(3,), title="A single pulse")
    name = suggested_file_name(options)
    assert name == "worksheet-a-single-pulse-step-3.pdf"
    assert key_path(name) == "worksheet-a-single-pulse-step-3-answers.pdf"
    every = WorksheetOptions(first=2, last=6, worked=(2, 3, 4, 5, 6), title="My own cell")
    assert suggested_file_name(every) == "worksheet-my-own-cell-steps-2-6.pdf"
    none = WorksheetOptions(first=1, last=12, worked=(), title="Forget — or keep? (part 2/3)")
    assert suggested_file_name(none) == "worksheet-forget-or-keep-part-2-3-steps-1-12.pdf"
    assert suggested_file_name(WorksheetOptions(worked=(1,), title="***")) == (
        "worksheet-step-1.pdf"
    )
    assert slug("Vergessen über Zeit: C:\\tmp\\x.pdf") == "vergessen-uber-zeit-c-tmp-x-pdf"
    long = slug("Remembering " * 10)
    assert len(long) <= 48 and long.endswith("remembering")


def test_building_a_worksheet_loads_no_qt():
    code = (
        "import json, sys\n"
        "from lstm_lab.core.builtin import lesson_by_name\n"
        "from lstm_lab.core.cell_model import LabModel\n"
        "from lstm_lab.lessons.cell.options import apply_lesson\n"
        "from lstm_lab.lessons.cell.worksheet_html import WorksheetOptions, worksheet_html\n"
        "lab = LabModel()\n"
        "apply_lesson(lab, lesson_by_name('single-pulse'))\n"
        "page = worksheet_html(lab, WorksheetOptions(), answers=True)\n"
        "print(json.dumps([len(page), sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    length, loaded = json.loads(done.stdout)
    assert length > 1000
    assert [name for name in loaded if name.split(".")[0] in ("PySide6", "shiboken6")] == []
    assert "lstm_lab.lessons.cell.worksheet_html" in loaded


def _words_outside_the_math(page: str) -> set[str]:
    """The words of a page, but those of the worked steps' math lines (`core.report`'s, shared
    with the math panel) and of the HTML's tags and style."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r'<p class="math".*?</p>', " ", page, flags=re.S)
    page = re.sub(r"<[^>]*>|&\w+;", " ", page)
    return {word for word in re.findall(r"[A-Za-z]{3,}", page) if set(word) != {"x"}}


def test_every_word_of_the_pages_and_the_footer_goes_through_translate():
    """With a translator that turns every letter of a Worksheet text into "x", no English word
    is left on the pages but the formulas' own (tanh, w_out) and the month's name (which a
    translation of the date may leave out)."""
    from lstm_lab.core.i18n import set_translator

    def cross_out(context: str, text: str) -> str:
        if context != "Worksheet":
            return text
        return re.sub(
            r"(\{[^}]*\})|(<[^>]*>)|(&\w+;)|[A-Za-z]",
            lambda m: m.group(0) if m.lastindex else "x",
            text,
        )

    lab = lab_of("train-hold")  # a target: its column too
    lab.set_clamp("f", 1.0)  # a pinned gate: its note too
    for options in (
        WorksheetOptions(first=2, last=4, worked=(2,), title="", date=datetime.date(2024, 3, 5)),
        WorksheetOptions(
            first=1, last=3, worked=(1,), blanks=False, date=datetime.date(2024, 3, 5)
        ),
    ):
        set_translator(cross_out, "zh_CN")
        try:
            pages = [worksheet_html(lab, options, answers=a) for a in (False, True)]
            footers = [footer_text(options, answers=a) for a in (False, True)]
        finally:
            set_translator(None, "en")
        for page in pages:
            assert _words_outside_the_math(page) <= {"tanh", "out", "March"}
        for footer in footers:
            assert set(re.findall(r"[A-Za-wyz]", footer)) == set(), footer
        english = worksheet_html(lab, options, answers=False)
        assert "forget gate" in english and _words_outside_the_math(english) > {"tanh", "out"}


def test_the_date_is_written_as_the_language_writes_it():
    from lstm_lab.core.i18n import set_translator
    from lstm_lab.lessons.cell.worksheet_html import date_text

    day = datetime.date(2024, 3, 5)
    assert date_text(day) == "5 March 2024"
    chinese = {"{day} {month_name} {year}": "{year}年{month}月{day}日"}
    set_translator(lambda _context, text: chinese.get(text, text), "zh_CN")
    try:
        assert date_text(day) == "2024年3月5日"
    finally:
        set_translator(None, "en")
