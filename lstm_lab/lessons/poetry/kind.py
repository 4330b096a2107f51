"""The kind "poetry": a character model continues a text, with the odds of every candidate."""

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.kinds import Command, LessonKind, register_kind
from lstm_lab.lessons.poetry import options

KIND = register_kind(
    LessonKind(
        name=options.KIND,
        window="lstm_lab.lessons.poetry.qt.window:PoetryWindow",
        view_keys=options.VIEW_KEYS,
        check_options=options.check_options,
        card_picture=options.card_picture,
        command=Command(
            "generate",
            "lstm_lab.lessons.poetry.cli:main",
            QT_TRANSLATE_NOOP(
                "Command", "continue a text character by character with a shipped model"
            ),
        ),
        self_test="lstm_lab.lessons.poetry.qt.check:check_window",
        export_code="lstm_lab.lessons.poetry.export:export_code",
        limits={"prompt": options.MAX_PROMPT, "length": options.MAX_LENGTH},
    )
)
