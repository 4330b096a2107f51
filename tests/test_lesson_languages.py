"""A lesson in several languages: the file's "translations" (version 4), checked like every
other field; the texts in the language in effect, with its fallbacks; a teacher writing in
Chinese; the built-in lessons, the Start here guide and the equations in Chinese on screen."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import type_into
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from translated_text import differences

from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.i18n import set_translator
from lstm_lab.core.lesson import (
    LANGUAGES,
    TEXT_LIMITS,
    TRANSLATED_FIELDS,
    VERSION,
    Lesson,
    LessonError,
    loads,
    read_lesson,
    write_lesson,
)
from lstm_lab.core.safe_text import safe_markdown
from lstm_lab.engine import LSTM
from lstm_lab.lessons.cell.options import cell_lesson
from lstm_lab.resources import localized_name, resource_names, resource_text
from lstm_lab.ui.lesson_text import LessonTextView

TOOLS = Path(__file__).resolve().parent.parent / "tools"
PULSE = cell_lesson(
    "A pulse",
    params={name: spec.default for name, spec in LSTM.specs.items()},
    summary="One, then nothing.",
    text="Watch C(t) fade.",
)
CHINESE = {"title": "一个脉冲", "summary": "一个，然后什么也没有。", "text": "观察 C(t) 衰减。"}


@pytest.fixture
def language():
    """``language(code)`` sets the language in effect as the app does (no translator: only
    the lessons' own texts change); English again after the test."""

    def use(code: str) -> None:
        set_translator(None, code)

    yield use
    set_translator(None, "en")


def file_with(translations) -> str:
    data = PULSE.to_json()
    data["translations"] = translations
    return json.dumps(data, ensure_ascii=False)


# ----------------------------------------------------------------------------- the file
def test_a_version_3_file_opens_as_it_was_and_saves_as_version_4(tmp_path):
    data = PULSE.to_json()
    data["version"] = 3
    path = tmp_path / "old.lstmlab"
    path.write_text(json.dumps(data), encoding="utf-8")
    lesson = read_lesson(path)
    assert lesson == PULSE and lesson.translations == {}
    saved = lesson.to_json()
    assert saved["version"] == VERSION == 4 and "translations" not in saved


def test_a_version_3_file_with_translations_is_refused():
    data = json.loads(file_with({"zh_CN": CHINESE}))
    data["version"] = 3
    with pytest.raises(LessonError, match='"translations", which lesson files have from version 4'):
        loads(json.dumps(data))


def test_every_language_read_is_saved_again(tmp_path):
    lesson = loads(file_with({"zh_TW": {"title": "一個脈衝"}, "zh_CN": CHINESE}))
    assert lesson.translations == {"zh_CN": CHINESE, "zh_TW": {"title": "一個脈衝"}}
    path = tmp_path / "both.lstmlab"
    write_lesson(lesson, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["translations"] == {"zh_CN": CHINESE, "zh_TW": {"title": "一個脈衝"}}
    assert list(saved["translations"]) == ["zh_CN", "zh_TW"]
    assert (saved["title"], saved["text"]) == ("A pulse", "Watch C(t) fade.")
    assert read_lesson(path) == lesson


TOO_LONG = {key: "长" * (TEXT_LIMITS[key] + 1) for key in TRANSLATED_FIELDS}
BAD_TRANSLATIONS = [
    ("a list", ["zh_CN"], '"translations" must be a set of languages'),
    ("a language unknown", {"fr": {"title": "Une impulsion"}}, 'the language "fr"'),
    ("English again", {"en": {"title": "A pulse"}}, 'the language "en"'),
    ("texts as a list", {"zh_CN": ["一个脉冲"]}, '"translations → zh_CN" must be a set'),
    ("a field not a text", {"zh_CN": {"options": "…"}}, 'has the field "options"'),
    ("the name", {"zh_TW": {"name": "脈衝"}}, 'has the field "name"'),
    ("a number", {"zh_CN": {"title": 1}}, '"translations → zh_CN → title" must be text'),
    ("nothing", {"zh_CN": {"text": None}}, '"translations → zh_CN → text" must be text'),
    *(
        (f"a long {key}", {"zh_TW": {key: TOO_LONG[key]}}, f'→ {key}" is longer than')
        for key in TRANSLATED_FIELDS
    ),
]


@pytest.mark.parametrize(
    ("translations", "message"),
    [row[1:] for row in BAD_TRANSLATIONS],
    ids=[row[0] for row in BAD_TRANSLATIONS],
)
def test_a_bad_translation_is_one_message_naming_the_file_and_the_field(
    tmp_path, translations, message
):
    path = tmp_path / "homework.lstmlab"
    path.write_text(file_with(translations), encoding="utf-8")
    with pytest.raises(LessonError) as raised:
        read_lesson(path)
    text = str(raised.value)
    assert text.startswith("homework.lstmlab: ") and message in text, text
    assert "\n" not in text


def test_a_translation_as_long_as_the_english_may_be_is_read():
    at_limit = {key: "长" * TEXT_LIMITS[key] for key in TRANSLATED_FIELDS}
    assert loads(file_with({"zh_CN": at_limit})).translations["zh_CN"] == at_limit


# ----------------------------------------------------------------------------- the texts shown
def test_the_texts_follow_the_language_in_effect(language):
    lesson = PULSE.replace(translations={"zh_CN": CHINESE})
    assert (lesson.shown_title, lesson.shown_text) == ("A pulse", "Watch C(t) fade.")
    language("zh_CN")
    assert lesson.shown_title == "一个脉冲"
    assert lesson.shown_summary == "一个，然后什么也没有。"
    assert lesson.shown_text == "观察 C(t) 衰减。"
    language("zh_TW")  # no Traditional texts: the Simplified ones
    assert lesson.shown_title == "一个脉冲"
    traditional = lesson.replace(translations={"zh_CN": CHINESE, "zh_TW": {"title": "一個脈衝"}})
    assert traditional.shown_title == "一個脈衝"
    assert traditional.shown_text == "观察 C(t) 衰减。"  # a field missing: the next language's
    assert traditional.shown("title", "en") == "A pulse"


def test_a_missing_or_empty_text_falls_back_to_english(language):
    lesson = PULSE.replace(translations={"zh_CN": {"title": "一个脉冲", "summary": ""}})
    language("zh_CN")
    assert lesson.shown_title == "一个脉冲"
    assert lesson.shown_summary == "One, then nothing."
    assert lesson.shown_text == "Watch C(t) fade."
    language("zh_TW")
    assert lesson.shown_text == "Watch C(t) fade."


def test_texts_written_in_english_replace_the_english_and_keep_the_chinese():
    lesson = PULSE.replace(translations={"zh_CN": CHINESE})
    again = lesson.with_texts("en", title="Pulse", text="New.")
    assert (again.title, again.summary, again.text) == ("Pulse", PULSE.summary, "New.")
    assert again.translations == {"zh_CN": CHINESE}


def test_texts_written_in_chinese_go_into_its_translation_and_the_english_stays():
    written = PULSE.with_texts("zh_CN", title="脉冲", summary=PULSE.summary, text="看。")
    assert (written.title, written.summary, written.text) == (
        PULSE.title,
        PULSE.summary,
        PULSE.text,
    )
    # The summary was left as shown (the English, for want of a Chinese one): not a translation.
    assert written.translations == {"zh_CN": {"title": "脉冲", "text": "看。"}}
    cleared = written.with_texts("zh_CN", text="")
    assert cleared.translations == {"zh_CN": {"title": "脉冲"}}
    traditional = written.with_texts("zh_TW", title="脉冲", text="看。")
    assert traditional.translations == written.translations  # as shown: the Simplified
    traditional = written.with_texts("zh_TW", title="脈衝")
    assert traditional.translations["zh_TW"] == {"title": "脈衝"}
    assert loads(traditional.dumps()) == traditional


def test_a_lesson_without_an_english_title_takes_the_chinese_one():
    untitled = Lesson(title="", kind="poetry")
    assert untitled.with_texts("zh_CN", title="我的诗").title == "我的诗"


# ----------------------------------------------------------------------------- built-in lessons
BUILT_IN = [lesson.name for lesson in builtin_lessons()]


def test_every_built_in_lesson_is_in_both_chinese_scripts():
    assert len(BUILT_IN) == 16
    for lesson in builtin_lessons():
        assert set(lesson.translations) == set(LANGUAGES), lesson.name
        for language in LANGUAGES:
            assert set(lesson.translations[language]) == set(TRANSLATED_FIELDS), lesson.name


def test_the_traditional_texts_are_the_simplified_ones_converted():
    """tools/traditional_chinese.py made every zh_TW text from the zh_CN one as it is now."""
    sys.path.insert(0, str(TOOLS))
    try:
        import traditional_chinese
    finally:
        sys.path.remove(str(TOOLS))
    convert = traditional_chinese.converter()
    stale = [
        path.name
        for path, text in traditional_chinese.outputs(convert).items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == []


@pytest.mark.parametrize("name", BUILT_IN)
def test_the_chinese_markdown_shows_every_emphasis(qapp, name):
    """No "*" or "`" is left over as a character: each marks emphasis or code as in English
    (Markdown's rules for where emphasis may start differ beside CJK punctuation)."""
    lesson = lesson_by_name(name)
    for language in ("en", *LANGUAGES):
        document = QTextDocument()
        document.setMarkdown(safe_markdown(lesson.shown("text", language)))
        shown = document.toPlainText()
        assert "*" not in shown and "`" not in shown, (language, shown)


@pytest.mark.parametrize("kind_lesson", ["single-pulse", "forecast-sine", "train-hold"])
def test_a_built_in_lesson_opened_in_chinese_shows_its_chinese_title_and_text(
    open_window, language, kind_lesson
):
    language("zh_CN")
    window = open_window(kind_lesson)
    lesson = lesson_by_name(kind_lesson)
    chinese = lesson.translations["zh_CN"]
    assert window.findChild(QLabel, "lessonTitle").text() == chinese["title"]
    shown = window.findChild(object, "lessonText").toPlainText()
    assert chinese["text"].split("\n")[0].replace("**", "")[:20] in shown
    assert lesson.text.replace("**", "")[:20] not in shown
    assert window.windowTitle().startswith(chinese["title"])


@pytest.mark.parametrize("name", ["compare-who-remembers", "memory-france", "poetry-tang"])
def test_the_other_kinds_show_their_chinese_texts(open_window, language, name):
    language("zh_CN")
    window = open_window(name, show=False)
    chinese = lesson_by_name(name).translations["zh_CN"]
    views = [w.toPlainText() for w in window.findChildren(object) if _is_text_view(w)]
    assert (
        any(chinese["title"] in text for text in views) or _title_label(window) == chinese["title"]
    )
    assert any(chinese["text"][:12].replace("*", "") in text.replace("*", "") for text in views)


def _is_text_view(widget) -> bool:
    return isinstance(widget, LessonTextView)


def _title_label(window) -> str:
    label = getattr(window, "lesson_title", None)
    return label.text() if label is not None else ""


def test_a_language_change_shows_the_open_lesson_in_the_new_language(open_window, language):
    window = open_window("single-pulse")
    title = window.findChild(QLabel, "lessonTitle")
    assert title.text() == "A single pulse"
    language("zh_CN")
    banner = window.findChild(object, "lessonBanner")
    QCoreApplication.sendEvent(banner, QEvent(QEvent.Type.LanguageChange))
    assert title.text() == "单个脉冲"


# ----------------------------------------------------------------------------- a teacher
def test_a_teacher_in_chinese_writes_the_chinese_texts_and_the_english_stays(
    qtbot, tmp_path, language
):
    from lstm_lab.lessons.cell.qt.exercise_dialog import ExerciseDialog

    language("zh_CN")
    original = lesson_by_name("single-pulse")
    dialog = ExerciseDialog(original, [("math", "Math")])
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "单个脉冲"  # what the teacher reads, to change
    assert dialog.text_edit.toPlainText() == original.translations["zh_CN"]["text"]
    dialog.title_edit.clear()
    type_into(qtbot, dialog.title_edit, "脉冲练习")
    dialog.text_edit.setPlainText("先预测 C(5)，再单步。")
    lesson = dialog.lesson()
    assert (lesson.title, lesson.text) == (original.title, original.text)
    assert lesson.translations["zh_CN"] == {
        "title": "脉冲练习",
        "summary": original.translations["zh_CN"]["summary"],
        "text": "先预测 C(5)，再单步。",
    }
    assert lesson.translations["zh_TW"] == original.translations["zh_TW"]
    path = tmp_path / "练习.lstmlab"
    write_lesson(lesson, path)
    again = read_lesson(path)
    assert again == lesson and again.shown_title == "脉冲练习"
    language("en")
    assert again.shown_title == original.title


def test_a_teacher_in_english_writes_the_english_texts(qtbot):
    from lstm_lab.lessons.cell.qt.exercise_dialog import ExerciseDialog

    original = lesson_by_name("single-pulse")
    dialog = ExerciseDialog(original, [("math", "Math")])
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "A single pulse"
    dialog.title_edit.setText("Pulse homework")
    lesson = dialog.lesson()
    assert lesson.title == "Pulse homework"
    assert lesson.translations == original.translations


# ----------------------------------------------------------------------------- the pages
PAGES = ("start_here.html", "equations.html")  # the guide's numbers: test_lesson_claims_cell


@pytest.mark.parametrize("page", PAGES)
def test_each_page_is_kept_in_both_chinese_scripts_and_chosen_by_language(page):
    stem = page.removesuffix(".html")
    assert {f"{stem}.zh_CN.html", f"{stem}.zh_TW.html"} <= set(resource_names())
    assert localized_name(page, ()) == page
    assert localized_name(page, ("zh_CN",)) == f"{stem}.zh_CN.html"
    assert localized_name(page, ("zh_TW", "zh_CN")) == f"{stem}.zh_TW.html"
    assert localized_name(page, ("fr",)) == page
    assert localized_name("style.qss", ("zh_TW", "zh_CN")) == "style.qss"  # none: English


def _page_text(name: str) -> str:
    document = QTextDocument()
    document.setHtml(resource_text(name))
    return " ".join(document.toPlainText().split())


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_the_chinese_equations_are_the_english_ones(qapp, language_code):
    english = _page_text("equations.html")
    chinese = _page_text(f"equations.{language_code}.html")
    assert differences(english, chinese) == []
    assert sum(0x4E00 <= ord(c) <= 0x9FFF for c in chinese) > 100


def test_the_start_guide_and_the_equations_open_in_chinese(open_window, language, qtbot):
    from PySide6.QtWidgets import QMessageBox

    language("zh_CN")
    window = open_window("explore")
    guide = window.show_start_guide()
    assert guide.browser.toPlainText().startswith("从这里开始")
    window.show_equations()
    box = window.findChild(QMessageBox, "equationsDialog")
    qtbot.waitUntil(box.isVisible)
    assert "遗忘门" in box.text() and "f(t) = σ(" in box.text()
    box.close()
    language("en")
    QCoreApplication.sendEvent(guide, QEvent(QEvent.Type.LanguageChange))
    assert guide.browser.toPlainText().startswith("Start here")
    guide.close()


translated_texts = st.dictionaries(
    st.sampled_from(TRANSLATED_FIELDS), st.text(min_size=1, max_size=60), max_size=3
)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(LANGUAGES), translated_texts, max_size=2))
def test_any_translations_are_saved_and_read_back_as_they_were(translations):
    lesson = PULSE.replace(translations=translations)
    again = loads(lesson.dumps())
    kept = {code: texts for code, texts in translations.items() if texts}
    assert again.translations == kept
    for code in LANGUAGES:
        for key in TRANSLATED_FIELDS:
            assert again.shown(key, code) == lesson.shown(key, code)
