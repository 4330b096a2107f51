"""Checks that a translated text says what its English says: the same numbers, as often, the
same names (b_f, `ROMEO:`, link targets), the same emphasis, and the same sources.

The lessons' claims tests (tests/test_lesson_claims_*.py) check every number of the English
texts against the app; these checks carry that to the Chinese texts, which may word a
sentence differently but never change, drop or add a number.
"""

from __future__ import annotations

import re
from collections import Counter

from lstm_lab.core.lesson import TRANSLATED_FIELDS, Lesson

#: A number as a text writes it: 4,513 · −0.5 · 0.0001 · 10 · ⁻²⁹ (a superscript) · ₂₀.
NUMBER = re.compile(
    r"[−-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 18,000 and 4,513: one number
    r"|[−-]?\d+(?:\.\d+)?"
    r"|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+"
    r"|[₀₁₂₃₄₅₆₇₈₉]+"
)
#: What a translation copies as it is: names with "_" (b_f, w_hc), code (`ROMEO:`), and the
#: address of a link.
NAME = re.compile(r"\b[A-Za-z]+_[A-Za-z0-9]+\b|`[^`]*`|\]\([^)]*\)")
#: Where a text names its sources, in each language.
READ_MORE = {"en": "Read more:", "zh_CN": "延伸阅读：", "zh_TW": "延伸閱讀："}


def numbers(text: str) -> Counter[str]:
    return Counter(NUMBER.findall(text))


def differences(english: str, translated: str) -> list[str]:
    """What ``translated`` says differently from ``english`` (empty: nothing)."""
    found = []
    ours, theirs = numbers(english), numbers(translated)
    if ours != theirs:
        found.append(
            f"numbers only in the English: {sorted((ours - theirs).elements())}, "
            f"only in the translation: {sorted((theirs - ours).elements())}"
        )
    names, copied = Counter(NAME.findall(english)), Counter(NAME.findall(translated))
    if names != copied:
        found.append(
            f"names differ: {sorted((names - copied).elements())} became "
            f"{sorted((copied - names).elements())}"
        )
    for marker in ("**", "`"):
        if english.count(marker) != translated.count(marker):
            found.append(
                f'"{marker}" {english.count(marker)} times, translated {translated.count(marker)}'
            )
    # A single * (emphasis) once the double ones are taken out
    single = english.replace("**", "").count("*"), translated.replace("**", "").count("*")
    if single[0] != single[1]:
        found.append(f'"*" {single[0]} times, translated {single[1]}')
    return found


def source_differences(english: str, translated: str, language: str) -> list[str]:
    """Every name and year of the English "Read more:" line in the translated one."""
    lines = [line for line in english.splitlines() if line.startswith(READ_MORE["en"])]
    if not lines:
        return []
    theirs = [line for line in translated.splitlines() if line.startswith(READ_MORE[language])]
    if len(theirs) != 1:
        return [f"{len(theirs)} lines start with {READ_MORE[language]!r}"]
    words = set(re.findall(r"\b[A-Z][A-Za-z]*\b", lines[0].removeprefix(READ_MORE["en"])))
    return [f"{word!r} is not in the sources" for word in sorted(words) if word not in theirs[0]]


def lesson_differences(lesson: Lesson, language: str = "zh_CN") -> list[str]:
    """Every field a student reads, translated into ``language`` and saying what the English
    says (the number checks of `differences`, the sources of `source_differences`)."""
    texts = lesson.translations.get(language, {})
    found = []
    for key in TRANSLATED_FIELDS:
        english = getattr(lesson, key)
        if not english:
            continue
        if not texts.get(key):
            found.append(f"{lesson.name} {key}: not translated into {language}")
            continue
        found += [f"{lesson.name} {key}: {d}" for d in differences(english, texts[key])]
    if texts.get("text"):
        found += [
            f"{lesson.name}: {d}" for d in source_differences(lesson.text, texts["text"], language)
        ]
    return found
