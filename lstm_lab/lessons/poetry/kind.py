"""The kind "poetry": a character model continues a text, with the odds of every candidate."""

from lstm_lab.core.kinds import Command, LessonKind, register_kind
from lstm_lab.lessons.poetry import model

KIND = register_kind(
    LessonKind(
        name="poetry",
        window="lstm_lab.lessons.poetry.qt.window:PoetryWindow",
        view_keys=model.VIEW_KEYS,
        check_options=model.check_options,
        card_picture=model.card_picture,
        command=Command(
            "generate",
            "lstm_lab.lessons.poetry.cli:main",
            "continue a text character by character with a shipped model",
        ),
        self_test="lstm_lab.lessons.poetry.qt.check:check_window",
        limits={"prompt": model.MAX_PROMPT, "length": model.MAX_LENGTH},
    )
)
