"""The lab model: what the student has chosen, lessons as data. Nothing here imports Qt."""

from lstm_lab.lab.events import Event, Events
from lstm_lab.lab.lesson import (
    FORMAT,
    SUFFIX,
    VERSION,
    Lesson,
    LessonError,
    apply_lesson,
    lesson_of,
    read_lesson,
    write_lesson,
)
from lstm_lab.lab.model import LabModel
from lstm_lab.lab.training import TrainingSettings

__all__ = [
    "FORMAT",
    "SUFFIX",
    "VERSION",
    "Event",
    "Events",
    "LabModel",
    "Lesson",
    "LessonError",
    "TrainingSettings",
    "apply_lesson",
    "lesson_of",
    "read_lesson",
    "write_lesson",
]
