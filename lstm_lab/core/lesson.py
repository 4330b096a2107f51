"""Lessons as data: what a `.lstmlab` file holds, how it is checked, read and written.

A lesson file is UTF-8 JSON (version 4)::

    {
      "format": "lstm-lab-lesson", "version": 4, "kind": "cell",
      "title": "A single pulse", "summary": "…", "text": "…",
      "translations": {"zh_CN": {"title": "单个脉冲", "summary": "…", "text": "…"}},
      "hidden_views": ["math"], "locked": ["w_out"], "fixed": ["b_out"],
      "options": {…what this kind of lesson needs…},
      "images": {"plot": "…base64 PNG…"},
      "teacher_lock": {"salt": "…32 hex digits…", "hash": "…64 hex digits…"}
    }

The generic part (format, version, kind, title, texts, views hidden, locks) is the same for
every kind; each kind (`lstm_lab.core.kinds`) checks its own ``options``, says which names may be
locked, and turns its options back into JSON. `format`, `version`, `kind` and `title` must be
there; every other field has a default. A field this version does not know is refused (a newer
file would be misread), as is any value out of range. Files of older versions go through
`MIGRATIONS` first: a version-1 file kept a single cell's settings at its top level; version 3
added pictures carried in the file (`lstm_lab.core.images`); version 4 added "translations" and
the teacher's passphrase on an exercise, as a salted hash (`lstm_lab.core.teacher_lock`).

The texts a student reads (`TRANSLATED_FIELDS`: title, summary, text) are English at the top
level, and may be given again in other languages (`LANGUAGES`) under "translations". A
`Lesson` shows them in the language in effect (`Lesson.shown`, which falls back from zh_TW to
zh_CN and then to English, field by field) and saves every language it read.
Nothing here imports Qt, and nothing here imports a lesson kind.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lstm_lab.core.errors import LessonError, tidy_message
from lstm_lab.core.files import read_user_text, write_text_replacing
from lstm_lab.core.i18n import current_language, language_fallbacks, translate
from lstm_lab.core.images import images_field, images_to_json
from lstm_lab.core.kinds import kind_named, kinds
from lstm_lab.core.teacher_lock import TeacherLock, teacher_lock_field
from lstm_lab.engine import MAX_MAGNITUDE

__all__ = [
    "FORMAT",
    "LANGUAGES",
    "MIGRATIONS",
    "SUFFIX",
    "TRANSLATED_FIELDS",
    "VERSION",
    "Lesson",
    "LessonError",
    "lesson_from_json",
    "loads",
    "read_lesson",
    "write_lesson",
]

FORMAT = "lstm-lab-lesson"
VERSION = 4
SUFFIX = ".lstmlab"
#: Files larger than this are not lessons (a lesson of 10,000 steps is about 200 kB).
MAX_FILE_BYTES = 5_000_000
#: The limits of the generic texts, in characters.
TEXT_LIMITS = {"title": 200, "name": 80, "summary": 400, "text": 20_000}
#: The languages a file may carry its texts in besides English (under "translations").
LANGUAGES = ("zh_CN", "zh_TW")
#: The texts a student reads, which "translations" may give in each of `LANGUAGES`.
TRANSLATED_FIELDS = ("title", "summary", "text")
#: The fields of a version-4 file.
FIELDS = (
    "format",
    "version",
    "kind",
    "title",
    "name",
    "summary",
    "text",
    "translations",
    "order",
    "hidden_views",
    "locked",
    "fixed",
    "options",
    "images",
    "teacher_lock",
)
REQUIRED = ("format", "version", "kind", "title")


@dataclass(frozen=True)
class Lesson:
    """Everything a student or teacher set, as a lesson file holds it. ``options`` is what the
    lesson's kind keeps (its `LessonKind.check_options` made it)."""

    title: str
    kind: str = "cell"  # which kind of lesson (see lstm_lab.core.kinds)
    options: Any = None
    name: str = ""
    summary: str = ""
    text: str = ""
    hidden_views: frozenset[str] = frozenset()
    locked: frozenset[str] = frozenset()
    fixed: frozenset[str] = frozenset()
    order: int = 100  # where a built-in lesson's card goes on the start screen
    #: Pictures the file carries, by name: PNG data checked by `lstm_lab.core.images`.
    images: Mapping[str, bytes] = field(default_factory=dict)
    #: The texts in other languages: language (one of `LANGUAGES`) → field (one of
    #: `TRANSLATED_FIELDS`) → text. ``title``, ``summary`` and ``text`` are the English.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: The teacher's passphrase, as a salted hash: the file opens in student mode until it is
    #: given (`lstm_lab.shell.lesson_window`). None: no passphrase.
    teacher_lock: TeacherLock | None = None

    @property
    def is_exercise(self) -> bool:
        """A teacher prepared it as an exercise: it hides views, fixes sliders or is locked
        with a passphrase (the Start here guide does not open over it by itself)."""
        return bool(self.hidden_views or self.fixed or self.teacher_lock is not None)

    def replace(self, **changes: Any) -> Lesson:
        return replace(self, **changes)

    # ------------------------------------------------------------------ languages
    def shown(self, key: str, language: str | None = None) -> str:
        """The text ``key`` (one of `TRANSLATED_FIELDS`) as a student reads it in
        ``language`` (default: the language in effect): its translation, else the next
        language's (zh_TW → zh_CN), else the English. An empty translation counts as none."""
        if key not in TRANSLATED_FIELDS:
            raise KeyError(key)
        for code in language_fallbacks(current_language() if language is None else language):
            text = self.translations.get(code, {}).get(key, "")
            if text:
                return text
        return getattr(self, key)

    @property
    def shown_title(self) -> str:
        """The title in the language in effect (`shown`)."""
        return self.shown("title")

    @property
    def shown_summary(self) -> str:
        """The one-line summary in the language in effect (`shown`)."""
        return self.shown("summary")

    @property
    def shown_text(self) -> str:
        """The text for the student in the language in effect (`shown`)."""
        return self.shown("text")

    def with_texts(self, language: str, **texts: str) -> Lesson:
        """The lesson with ``texts`` (title=…, summary=…, text=…) written in ``language``.

        English (or a language not in `LANGUAGES`) replaces the top-level texts. A language of
        `LANGUAGES` goes into ``translations[language]`` and the English stays; a text left as
        it was shown (the English or another language's, for want of this one's) or left empty
        is not written as a translation. A lesson with no English title takes the new title as
        its English one too, so that the file keeps a title in every language."""
        unknown = sorted(set(texts) - set(TRANSLATED_FIELDS))
        if unknown:
            raise KeyError(unknown[0])
        if language not in LANGUAGES:  # English, or a language lessons are not written in
            return self.replace(**texts)
        own = dict(self.translations.get(language, {}))
        for key, value in texts.items():
            if not value:
                own.pop(key, None)
            elif value != own.get(key) and (key in own or value != self.shown(key, language)):
                own[key] = value
        translations = {code: dict(values) for code, values in self.translations.items()}
        translations[language] = own
        translations = {code: values for code, values in translations.items() if values}
        changes: dict[str, Any] = {"translations": translations}
        if not self.title.strip() and texts.get("title", "").strip():
            changes["title"] = texts["title"]
        return self.replace(**changes)

    def all_texts(self) -> list[str]:
        """Every text the lesson holds, in every language (to find the pictures it shows)."""
        texts = [self.title, self.summary, self.text]
        for values in self.translations.values():
            texts.extend(values.values())
        return texts

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> dict[str, Any]:
        """The file's content, ready for json.dumps."""
        kind = kind_named(self.kind)
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "text": self.text,
        }
        translations = translations_to_json(self.translations)
        if translations:
            data["translations"] = translations
        data["hidden_views"] = sorted(self.hidden_views)
        if self.locked or self.fixed:
            data["locked"] = sorted(self.locked)
            data["fixed"] = sorted(self.fixed)
        data["options"] = kind.options_to_json(self.options)
        if self.name:
            data["name"] = self.name
        if self.order != 100:
            data["order"] = self.order
        if self.images:
            data["images"] = images_to_json(self.images)
        if self.teacher_lock is not None:
            data["teacher_lock"] = self.teacher_lock.to_json()
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


# ---------------------------------------------------------------------- older versions
#: The fields a version-1 file kept at its top level for a lesson of one cell.
V1_CELL_FIELDS = (
    "cell",
    "sequence",
    "target",
    "task",
    "params",
    "initial",
    "clamps",
    "mode",
    "step",
    "training",
)


def _from_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept a single cell's settings at the top level and had no "kind" for it; the
    other kinds kept theirs in "options" already (and ignored the cell's fields and locks)."""
    kind = data.pop("kind", "cell")
    moved = {key: data.pop(key) for key in V1_CELL_FIELDS if key in data}
    if kind == "cell":
        for key in ("cell", "sequence", "params"):
            if key not in moved:
                raise LessonError(
                    translate("LessonFile", 'the field "{field}" is missing').format(field=key)
                )
        options = data.pop("options", {}) or {}
        if not isinstance(options, dict):
            raise LessonError(translate("LessonFile", '"options" must be a set of named settings'))
        if options:
            raise LessonError(
                translate(
                    "LessonFile", 'a lesson of one cell has no "options" (found "{name}")'
                ).format(name=sorted(options)[0])
            )
        data["options"] = moved
    else:
        data.pop("locked", None)
        data.pop("fixed", None)
    data["kind"] = kind
    return data


def _from_version_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 only added "images": a version-2 file reads as it is."""
    return data


def _from_version_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 only added "translations" and "teacher_lock": a version-3 file reads as it is,
    and one that has translations was not written as version 3 says."""
    if "translations" in data:
        raise LessonError(
            translate(
                "LessonFile",
                'it has "translations", which lesson files have from version 4 on, but says it '
                "is version 3",
            )
        )
    return data


#: version → function turning a file of that version into one of the next version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _from_version_1,
    2: _from_version_2,
    3: _from_version_3,
}


# ---------------------------------------------------------------------- reading
def lesson_from_json(data: Any) -> Lesson:
    """Check a decoded lesson file and build the lesson; LessonError names what is wrong."""
    if not isinstance(data, dict):
        raise LessonError(translate("LessonFile", "it is not a lesson (no lesson fields in it)"))
    if data.get("format") != FORMAT:
        raise LessonError(
            translate(
                "LessonFile", 'it is not an LSTM Lab lesson (its "format" is not "{format}")'
            ).format(format=FORMAT)
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LessonError(translate("LessonFile", 'its "version" must be a whole number from 1 up'))
    if version > VERSION:
        raise LessonError(
            translate(
                "LessonFile",
                "it was saved by a newer LSTM Lab (lesson version {version}; this one reads "
                "versions up to {newest}). Update LSTM Lab to open it.",
            ).format(version=version, newest=VERSION)
        )
    while version < VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["version"] = version
    unknown = sorted(key for key in data if key not in FIELDS)
    if unknown:
        raise LessonError(
            translate("LessonFile", 'it has a field this version does not know: "{field}"').format(
                field=unknown[0][:40]
            )
        )
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise LessonError(
            translate("LessonFile", 'the field "{field}" is missing').format(field=missing[0])
        )
    kind_name = data["kind"]
    known = kinds()
    if not isinstance(kind_name, str) or kind_name not in known:
        raise LessonError(
            translate("LessonFile", '"kind" must be one of {kinds}, not {value}').format(
                kinds=", ".join(sorted(known)), value=_shown(kind_name)
            )
        )
    kind = known[kind_name]
    title = text_field(data, "title", required=True)
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise LessonError(translate("LessonFile", '"options" must be a set of named settings'))
    try:
        checked = kind.check_options(options)
    except LessonError:
        raise
    except (TypeError, ValueError, OverflowError, KeyError, IndexError, RecursionError):
        # A kind's check that missed a strange value still gives a message, not a crash.
        raise LessonError(
            translate("LessonFile", '"options" holds a value this lesson cannot use')
        ) from None
    lockable = set(kind.lockable(checked))
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool) or abs(order) > 1_000_000:
        raise LessonError(translate("LessonFile", '"order" must be a whole number'))
    return Lesson(
        title=title,
        kind=kind_name,
        options=checked,
        name=text_field(data, "name"),
        summary=text_field(data, "summary"),
        text=text_field(data, "text"),
        hidden_views=names_field(data.get("hidden_views", []), "hidden_views", set(kind.view_keys)),
        locked=names_field(data.get("locked", []), "locked", lockable),
        fixed=names_field(data.get("fixed", []), "fixed", lockable),
        order=order,
        images=images_field(data.get("images", {})),
        translations=translations_field(data.get("translations", {})),
        teacher_lock=teacher_lock_field(data["teacher_lock"]) if "teacher_lock" in data else None,
    )


def loads(text: str) -> Lesson:
    try:
        return _loads(text)
    except LessonError as error:
        raise LessonError(tidy_message(str(error))) from None


def _loads(text: str) -> Lesson:
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_repeats)
    except json.JSONDecodeError as error:
        raise LessonError(
            translate(
                "LessonFile",
                "it is not a lesson file: not valid JSON (line {line}, column {column}: {problem})",
            ).format(line=error.lineno, column=error.colno, problem=error.msg)
        ) from None
    except RecursionError:
        raise LessonError(
            translate("LessonFile", "it is not a lesson file: its JSON is nested too deeply")
        ) from None
    except ValueError as error:  # e.g. an integer literal of more digits than Python converts
        raise LessonError(
            translate("LessonFile", "it is not a lesson file: {problem}").format(problem=error)
        ) from None
    return lesson_from_json(data)


def read_lesson(path: str | os.PathLike[str]) -> Lesson:
    """Read a lesson file; LessonError says what is wrong, starting with the file's name."""
    path = Path(path)
    text = read_user_text(
        path,
        what=translate("LessonFile", "a lesson file"),
        max_bytes=MAX_FILE_BYTES,
        error=LessonError,
    )
    try:
        return loads(text)
    except LessonError as error:
        raise LessonError(f"{path.name}: {error}") from None


def write_lesson(lesson: Lesson, path: str | os.PathLike[str]) -> None:
    """Save a lesson as `lstm_lab.core.files.write_replacing` saves: the file is the old one
    or the whole new one, a link stays a link and the file keeps its permissions. A
    `WriteError` (an OSError) names the file and why it cannot be written."""
    write_text_replacing(path, lesson.dumps(), what=translate("LessonFile", "a lesson file"))


# ---------------------------------------------------------------------- checks, for every kind
def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose names are all different (a repeated name would hide a value)."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise LessonError(
            translate("LessonFile", 'the name "{name}" is there twice in one place').format(
                name=repeated[:40]
            )
        )
    return data


def _refuse_constant(name: str) -> float:
    raise LessonError(
        translate("LessonFile", "it holds {value}, which is not a number a lesson can use").format(
            value=name
        )
    )


def _shown(value: Any) -> str:
    """A value from a file, for a message: short, and never more than a line."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def text_field(
    data: Mapping[str, Any],
    key: str,
    *,
    required: bool = False,
    limit: int | None = None,
    field: str | None = None,
) -> str:
    """The text under ``key`` (default ""), at most ``limit`` characters; ``field`` names it
    in a message (default: ``key``)."""
    limit = TEXT_LIMITS[key] if limit is None else limit
    field = key if field is None else field
    value = data.get(key, "")
    if not isinstance(value, str):
        raise LessonError(translate("LessonFile", '"{field}" must be text').format(field=field))
    if required and not value.strip():
        raise LessonError(
            translate("LessonFile", '"{field}" must not be empty').format(field=field)
        )
    if len(value) > limit:
        raise LessonError(
            translate("LessonFile", '"{field}" is longer than {limit} characters').format(
                field=field, limit=limit
            )
        )
    return value


def translations_field(value: Any) -> dict[str, dict[str, str]]:
    """The ``"translations"`` of a lesson file: for each language of `LANGUAGES`, some of the
    `TRANSLATED_FIELDS`, each text within the English field's limit."""
    if not isinstance(value, Mapping):
        raise LessonError(
            translate(
                "LessonFile", '"translations" must be a set of languages, each with its texts'
            )
        )
    translations: dict[str, dict[str, str]] = {}
    for language, texts in value.items():
        if language not in LANGUAGES:
            raise LessonError(
                translate(
                    "LessonFile",
                    '"translations" has the language {language}; a lesson\'s texts may be given '
                    "in {languages}",
                ).format(language=_shown(language), languages=", ".join(LANGUAGES))
            )
        if not isinstance(texts, Mapping):
            raise LessonError(
                translate(
                    "LessonFile", '"translations → {language}" must be a set of named texts'
                ).format(language=language)
            )
        for key in texts:
            if key not in TRANSLATED_FIELDS:
                raise LessonError(
                    translate(
                        "LessonFile",
                        '"translations → {language}" has the field {field}; the texts that may be '
                        "translated are {fields}",
                    ).format(
                        language=language, field=_shown(key), fields=", ".join(TRANSLATED_FIELDS)
                    )
                )
        translations[language] = {
            key: text_field(texts, key, field=f"translations → {language} → {key}")
            for key in TRANSLATED_FIELDS
            if key in texts
        }
    return translations


def translations_to_json(translations: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """The ``"translations"`` to save: every language that has a text, in `LANGUAGES` order,
    each language's texts in `TRANSLATED_FIELDS` order."""
    data: dict[str, Any] = {}
    for language in LANGUAGES:
        texts = translations.get(language, {})
        kept = {key: texts[key] for key in TRANSLATED_FIELDS if texts.get(key)}
        if kept:
            data[language] = kept
    return data


def number_field(value: Any, where: str) -> float:
    """A finite number within the engine's range (an int too large for a float is refused)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LessonError(
            translate("LessonFile", "{where} must be a number, not {value}").format(
                where=where, value=_shown(value)
            )
        )
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or abs(number) > MAX_MAGNITUDE:
        raise LessonError(
            translate("LessonFile", "{where} must be a number within ±{limit}").format(
                where=where, limit=f"{MAX_MAGNITUDE:g}"
            )
        )
    return number


def names_field(values: Any, key: str, allowed: set[str]) -> frozenset[str]:
    """A list of names, each one of ``allowed``."""
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise LessonError(
            translate("LessonFile", '"{field}" must be a list of names').format(field=key)
        )
    for name in values:
        if name not in allowed:
            raise LessonError(
                translate("LessonFile", '"{field}" has an unknown name {name}').format(
                    field=key, name=_shown(name)
                )
            )
    return frozenset(values)
