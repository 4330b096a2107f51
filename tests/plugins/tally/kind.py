"""The kind "tally": its one registration."""

from lstm_lab.core.kinds import Command, LessonKind, register_kind
from tally import model

KIND = register_kind(
    LessonKind(
        name="tally",
        window="tally.qt.window:TallyWindow",
        view_keys=("count",),
        check_options=model.check_options,
        card_picture=model.card_picture,
        command=Command("tally", "tally.cli:main", "count the pulses of a sequence"),
        self_test="tally.qt.check:check_window",
        limits={"sequence": model.MAX_LENGTH},
        lessons_package="tally.lessons",
    )
)
