"""What a volunteer says on the phone and posts on social media, in the letter's language.

Urgent Actions sometimes ask for calls and posts besides letters. A call script tells the
volunteer who to ask for, the asks in two or three sentences, and what to say to a
voicemail; a post is short (at most 280 characters) and names the officials' handles. Both
are built from the pack's own talking points, so they ask what the letters ask.

The frames are written so no word of the pack has to be declined or conjugated: "I am
calling about: <title>" works in every language, "I am calling about <title in the right
case>" would not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict

#: A post on X (Twitter) or Mastodon's default: at most 500 and 280 characters.
POST_LIMIT = 280
#: The asks read out on a call stop before this many characters (under a minute).
SPOKEN_ASKS = 600


class Frames(TypedDict):
    hello: str
    name: str
    calling_for: str
    about: str
    thanks: str
    message_for: str
    bye: str


FRAMES: dict[str, Frames] = {
    "en": {
        "hello": "Hello.",
        "name": "My name is {name}.",
        "calling_for": "I am calling for: {who}.",
        "about": "I am calling about: {title}.",
        "thanks": "Thank you for your time.",
        "message_for": "Hello, this is a message for: {who}.",
        "bye": "Thank you.",
    },
    "ru": {
        "hello": "Здравствуйте.",
        "name": "Меня зовут {name}.",
        "calling_for": "Я звоню в приёмную: {who}.",
        "about": "Я звоню по поводу: {title}.",
        "thanks": "Спасибо, что уделили мне время.",
        "message_for": "Здравствуйте, это сообщение для: {who}.",
        "bye": "Спасибо.",
    },
    "kk": {
        "hello": "Сәлеметсіз бе.",
        "name": "Менің атым {name}.",
        "calling_for": "Мен қабылдау бөлмесіне қоңырау шалып тұрмын: {who}.",
        "about": "Қоңырау шалу себебім: {title}.",
        "thanks": "Уақыт бөлгеніңізге рахмет.",
        "message_for": "Сәлеметсіз бе, бұл хабарлама мынаған арналған: {who}.",
        "bye": "Рахмет.",
    },
    "de": {
        "hello": "Guten Tag.",
        "name": "Mein Name ist {name}.",
        "calling_for": "Ich rufe an für: {who}.",
        "about": "Es geht um: {title}.",
        "thanks": "Vielen Dank für Ihre Zeit.",
        "message_for": "Guten Tag, eine Nachricht für: {who}.",
        "bye": "Vielen Dank.",
    },
    "es": {
        "hello": "Buenos días.",
        "name": "Me llamo {name}.",
        "calling_for": "Llamo para: {who}.",
        "about": "Llamo en relación con: {title}.",
        "thanks": "Gracias por su tiempo.",
        "message_for": "Buenos días, este es un mensaje para: {who}.",
        "bye": "Gracias.",
    },
    "fr": {
        "hello": "Bonjour.",
        "name": "Je m'appelle {name}.",
        "calling_for": "J'appelle pour : {who}.",
        "about": "J'appelle au sujet de : {title}.",
        "thanks": "Merci de votre temps.",
        "message_for": "Bonjour, ceci est un message pour : {who}.",
        "bye": "Merci.",
    },
    "ar": {
        "hello": "مرحباً.",
        "name": "اسمي {name}.",
        "calling_for": "أتصل بمكتب: {who}.",
        "about": "أتصل بخصوص: {title}.",
        "thanks": "شكراً على وقتكم.",
        "message_for": "مرحباً، هذه رسالة إلى: {who}.",
        "bye": "شكراً.",
    },
}


def frames_for(lang: str) -> Frames:
    """The frames in ``lang``; English for a language not written here yet."""
    return FRAMES.get(lang.split("-", maxsplit=1)[0], FRAMES["en"])


_SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+")


def first_sentence(text: str) -> str:
    """ "I urge … Uzbekistan. I also …" -> "I urge … Uzbekistan." (the whole text if one)."""
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def spoken_asks(points: Sequence[str], limit: int = SPOKEN_ASKS) -> tuple[str, ...]:
    """The first sentence of each talking point, as many as fit in ``limit`` characters
    (at least one): two or three sentences for a call."""
    asks: list[str] = []
    used = 0
    for point in points:
        sentence = first_sentence(point)
        if not sentence:
            continue
        if asks and used + len(sentence) > limit:
            break
        asks.append(sentence)
        used += len(sentence) + 1
    return tuple(asks)


@dataclass(frozen=True)
class CallScript:
    """A call to one official, in the letter's language."""

    lang: str
    #: who to ask for: the official's title and name, as the pack gives them
    ask_for: str
    #: what to say when someone answers: greeting, name, whom, what about
    opening: tuple[str, ...]
    asks: tuple[str, ...]
    closing: str
    #: the same in one breath, for a voicemail
    voicemail: str

    @property
    def spoken(self) -> str:
        """The call as one text to read out, a paragraph a part."""
        return "\n\n".join((" ".join(self.opening), " ".join(self.asks), self.closing))


def _fill(frame: str, **values: str) -> str:
    """``frame`` with ``values`` put in; a value's own full stop is not doubled by the
    frame's ("My name is A. S.", not "A. S..")."""
    return frame.format(**{key: value.strip().rstrip(".") for key, value in values.items()})


def call_script(
    lang: str, who: str, title: str, points: Sequence[str], caller: str = ""
) -> CallScript:
    """The call script to ``who`` about ``title``, asking the first ``points``; ``caller``
    is the volunteer's name as they give it (left out when empty)."""
    frames = frames_for(lang)
    name = [_fill(frames["name"], name=caller)] if caller.strip() else []
    about = _fill(frames["about"], title=title)
    opening = (frames["hello"], *name, _fill(frames["calling_for"], who=who), about)
    asks = spoken_asks(points)
    voicemail = " ".join(
        (_fill(frames["message_for"], who=who), *name, about, *asks[:1], frames["bye"])
    )
    return CallScript(lang, who, opening, asks, frames["thanks"], voicemail)


def _cut(text: str, room: int) -> str:
    """``text`` cut at a word to fit ``room`` characters, with "…" when cut."""
    if len(text) <= room:
        return text
    cut = text[: max(room - 1, 0)].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def _is_handle(text: str) -> bool:
    """One word a platform can link: no space, line separator or invisible character (a
    handle holding one tags nobody)."""
    return bool(text) and not any(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def social_post(title: str, points: Sequence[str], handles: Sequence[str]) -> str:
    """A post of at most :data:`POST_LIMIT` characters: the officials' handles (in order,
    as many as fit in half the post), the action's title and its first ask (cut at a word
    with "…" when it would not fit). One long handle no longer takes the others out."""
    tags = ""
    for handle in dict.fromkeys(h.strip() for h in handles):
        if _is_handle(handle) and len(f"{tags} {handle}") < POST_LIMIT // 2:
            tags = f"{tags} {handle}".strip()
    ask = first_sentence(points[0]) if points else ""
    head = f"{tags} " if tags else ""
    body = f"{title.strip().rstrip('.')}. {ask}".strip() if ask else title.strip()
    return head + _cut(body, POST_LIMIT - len(head))
