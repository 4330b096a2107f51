"""Messages a student reads, kept as a template and its fields.

The engine writes its messages in English and knows nothing of translations. A `Phrase` is
English text that keeps the template it was made from ('item {position}, "{shown}", is not a
number') and the values that fill it; a `Refusal` is a ValueError whose message is one. The
app shows them in the language in effect (`lstm_lab.core.engine_words.said`); ``str()`` of
either is the English. A field may itself be a Phrase (a part said in words).
"""

from __future__ import annotations

from typing import Any

__all__ = ["Phrase", "Refusal"]


class Phrase(str):
    """``template`` filled with ``fields`` (``str.format``): a str that remembers both.

    A template given without fields is the text itself, braces and all: a text already
    written out (in any language) can be passed as it is."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Phrase:
        text = super().__new__(cls, template.format(**fields) if fields else template)
        text.template = template
        text.fields = fields
        return text


class Refusal(ValueError):
    """A ValueError whose message is the `Phrase` ``template`` filled with ``fields``."""

    def __init__(self, template: str, /, **fields: Any) -> None:
        self.phrase = Phrase(template, **fields)
        super().__init__(str(self.phrase))
