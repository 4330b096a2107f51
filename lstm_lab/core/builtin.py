"""The built-in lessons: lesson files shipped in ``lstm_lab/resources/lessons/``, and those a
lesson kind from another package ships in its own ``lessons/`` folder
(`LessonKind.lessons_package`).

They are read through importlib.resources, so an installed wheel and the frozen bundle find
them as a source checkout does. A lesson's NAME (for ``lstm-lab --lesson NAME``) is its file
name without ``.lstmlab``; the start screen shows them in their ``order``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from lstm_lab.core.i18n import translate
from lstm_lab.core.kinds import kinds
from lstm_lab.core.lesson import SUFFIX, Lesson, LessonError, loads
from lstm_lab.resources import resource_names, resource_text

FOLDER = "lessons/"


def builtin_lessons() -> tuple[Lesson, ...]:
    """Every built-in lesson, in start-screen order (a broken one is a LessonError)."""
    extra = tuple(
        kind.lessons_package for kind in kinds().values() if kind.lessons_package is not None
    )
    return _builtin_lessons(extra)


@cache
def _builtin_lessons(packages: tuple[str, ...]) -> tuple[Lesson, ...]:
    files = [
        (name[len(FOLDER) : -len(SUFFIX)], resource_text(name))
        for name in resource_names()
        if name.startswith(FOLDER) and name.endswith(SUFFIX)
    ]
    for package in packages:
        files += [
            (item.name[: -len(SUFFIX)], item.read_text(encoding="utf-8"))
            for item in resources.files(package).iterdir()
            if item.name.endswith(SUFFIX) and item.is_file()
        ]
    lessons = []
    for key, text in files:
        try:
            lesson = loads(text)
        except LessonError as error:
            raise LessonError(
                translate("LessonFile", "built-in lesson {name}: {problem}").format(
                    name=key, problem=error
                )
            ) from None
        lessons.append(lesson.replace(name=key))
    return tuple(sorted(lessons, key=lambda lesson: (lesson.order, lesson.name)))


def lesson_by_name(name: str) -> Lesson:
    """The built-in lesson called ``name``; LessonError listing the names otherwise."""
    for lesson in builtin_lessons():
        if lesson.name == name:
            return lesson
    names = ", ".join(lesson.name for lesson in builtin_lessons())
    raise LessonError(
        translate(
            "LessonFile", 'there is no built-in lesson "{name}"; the lessons are: {names}'
        ).format(name=name, names=names)
    )
