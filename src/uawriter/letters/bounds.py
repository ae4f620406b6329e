"""How big a template may make things: every value a pack's template makes is sized before
it is made (operators, ``~``, filters, method calls, printed values), and refused when it
would be bigger than a letter.

Counting the template's steps stops loops; it cannot stop one step that builds gigabytes
(``("x" * 50000) | replace("x", "y" * 40000)``). So the template may call only the methods
a letter needs (:data:`ALLOWED_METHODS`), and each operator, filter and method is given the
size its result would have, worked out from its inputs before it runs. No Jinja import here:
``templating.py`` wires these checks into the sandbox.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import SimpleNamespace
from typing import Any, NoReturn, cast

#: A letter longer than this is a runaway template, not a letter.
MAX_LETTER_CHARS = 200_000
#: The largest power a template may compute (10 ** 1000 has a thousand digits).
MAX_EXPONENT = 1_000
#: The largest whole number a step may make, in bits (10 ** 1000 is 3,322 bits): a power of
#: a power, or products multiplied in a loop, are refused before they are computed.
MAX_NUMBER_BITS = 10_000

#: Everything one letter's filling-in makes, added up (each value's size as it is made):
#: 25 letters' worth. A letter makes a few tens of thousands; one expression holding 12,000
#: texts of 199,999 characters each (``a ~ b ~ c …``, a list of them) made 2.4 GB before its
#: parts were joined.
MAX_MADE_CHARS = 5_000_000
#: The characters ``strip``/``trim`` may be asked to remove: stripping is a loop over both
#: texts in C, which no clock can interrupt (199,990 characters from 199,999: hours).
MAX_STRIP_CHARS = 1_000

#: Tuples inside tuples, at most this deep in a value a template keeps (in a namespace or
#: a list). Hashing a tuple recurses in C without a guard: 400,000 levels built step by step
#: crashed the whole program (a segmentation fault at every start with the pack installed).
MAX_TUPLE_DEPTH = 200

#: The methods a template may call, by the type they belong to. Letters use a handful;
#: anything else (``expandtabs``, ``translate``, ``extend``, ``update``…) is refused, so
#: each allowed one can be sized before it runs.
ALLOWED_METHODS: Mapping[type, frozenset[str]] = {
    str: frozenset(
        {
            "capitalize", "casefold", "center", "count", "endswith", "find", "format",
            "index", "isalnum", "isalpha", "isdigit", "islower", "isnumeric", "isspace",
            "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
            "removeprefix", "removesuffix", "replace", "rfind", "rjust", "rpartition",
            "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
            "title", "upper", "zfill",
        }
    ),
    list: frozenset({"append", "count", "index", "insert", "pop", "remove", "reverse"}),
    tuple: frozenset({"count", "index"}),
    dict: frozenset({"get", "items", "keys", "values"}),
}  # fmt: skip

#: str methods whose first number is a width: "x".ljust(10**9)
_WIDTH_METHODS = frozenset({"ljust", "rjust", "center", "zfill"})
#: A width or precision of seven digits or more, in a ``%`` or ``{}`` format.
_PERCENT_WIDTH = re.compile(r"%[-#0 +]*(\d{7,}|\d*\.\d{7,})")
_LONG_NUMBER = re.compile(r"\d{7,}")


#: A table's keys, values and items, as ``d.items()`` gives them: sized like lists.
_VIEWS: tuple[type, ...] = (type({}.keys()), type({}.values()), type({}.items()))


#: What deep_size walks into (written out, so that mypy knows each is iterable).
_CONTAINERS: tuple[type[Iterable[Any]], ...] = (
    list,
    tuple,
    set,
    frozenset,
    dict,
    type({}.keys()),
    type({}.values()),
    type({}.items()),
)


class TooBig(Exception):
    """A step that would make a text, list or number bigger than a letter."""


def refuse(message: str) -> NoReturn:
    raise TooBig(message)


def deep_size(value: Any, limit: int = MAX_LETTER_CHARS) -> int:
    """About how many characters ``value`` stands for once printed: texts count their
    length, numbers their digits, lists and tables everything in them, each time it is in
    them (``[[1] * 100000] * 7000`` is 700 million). Counting stops past ``limit``, so
    sizing a huge value costs about as much as sizing a letter; no recursion, so a list
    nested 50,000 deep is sized too."""
    total = 0
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (str, bytes)):
            total += max(1, len(item))
        elif isinstance(item, bool) or item is None:
            total += 1
        elif isinstance(item, int):
            total += max(1, item.bit_length() * 3 // 10)
        elif isinstance(item, _CONTAINERS):
            total += 1
            stack.extend(item.items() if isinstance(item, dict) else item)
        elif isinstance(item, SimpleNamespace):
            stack.append(vars(item))
        elif hasattr(item, "_Namespace__attrs"):  # jinja2's namespace()
            stack.append(item._Namespace__attrs)
        elif _is_holder(item):  # cycler(a, a).items gives back what it holds
            total += 1
            stack.extend(vars(item).values())
        else:
            total += 1
        if total > limit:
            return total
    return total


def check_kept(value: Any) -> None:
    """A value a template keeps across steps (``ns.x = …``, ``list.append(…)``): no deeper
    nesting of tuples than :data:`MAX_TUPLE_DEPTH`. Lists, tables and namespaces are looked
    into as well, since a tuple kept in a list can be taken out again and wrapped in a
    tuple (``L.append([(L[-1][0],)])``); only tuples count towards the depth, as hashing
    stops at a list. Each value is walked once (shared ones are not walked again)."""
    depth_of: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack:
        item, children_done = stack.pop()
        if id(item) in depth_of and not children_done:
            continue
        children = _kept_children(item)
        if children is None:
            continue
        if children_done:
            depth = 0
            if isinstance(item, tuple):
                depth = 1 + max((depth_of.get(id(c), 0) for c in children), default=0)
                if depth > MAX_TUPLE_DEPTH:
                    refuse(f"nests values more than {MAX_TUPLE_DEPTH} deep")
            depth_of[id(item)] = depth
            continue
        depth_of.setdefault(id(item), 0)  # seen: a list holding itself is walked once
        stack.append((item, True))
        stack.extend((child, False) for child in children if id(child) not in depth_of)
        if len(stack) > MAX_LETTER_CHARS or len(depth_of) > MAX_LETTER_CHARS:
            refuse("keeps a value bigger than a letter")


#: Jinja's objects a template can make that hold values given to them, looked into like
#: lists: ``cycler(x)`` (``.current`` gives x back), ``joiner``, a ``loop`` (its items).
_HOLDERS = frozenset({"Cycler", "Joiner", "LoopContext"})


def _kept_children(item: Any) -> tuple[Any, ...] | list[Any] | None:
    """The values inside a kept value, or None for a value that holds none."""
    if isinstance(item, (tuple, list)):
        return item
    if isinstance(item, dict):
        return [*item.keys(), *item.values()]
    if isinstance(item, (set, frozenset, *_VIEWS)):
        return list(cast(Iterable[Any], item))
    if isinstance(item, SimpleNamespace):
        return list(vars(item).values())
    if hasattr(item, "_Namespace__attrs"):  # jinja2's namespace()
        return list(item._Namespace__attrs.values())
    if _is_holder(item):
        return list(vars(item).values())
    return None


def _is_holder(item: Any) -> bool:
    kind = type(item)
    return kind.__name__ in _HOLDERS and kind.__module__.startswith("jinja2.")


def check_arguments(args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """What a call is given (a macro's ``varargs``, ``cycler(a, a)``), counted like a
    literal: each call could otherwise pass on twice what it got."""
    total = 0
    for value in (*args, *kwargs.values()):
        total += deep_size(value, MAX_LETTER_CHARS - total)
        _check_size(total, "a list of arguments")


def check_literal(value: Any) -> None:
    """A list, tuple or table written in the template (``[a, a]``), counted with every
    value it holds as many times as it holds it: no bigger than a letter. Forty times
    ``{% set a = [a, a] %}`` is 2 ** 40 items to compare or hash, in C, where no clock looks:
    it is refused at the eighteenth."""
    _check_size(deep_size(value), "a list or table")


def bounded_items(items: Any, what: str) -> list[Any]:
    """A lazy sequence (``map``, ``select``, ``batch``… give one) made into a list, counting
    the size of what it gives as it goes: ``range(15000) | map("center", 199999) | join``
    is refused at the second item, not after 3 GB."""
    made, _total = _gathered(
        items, deep_size, f"would make {what} of more than {MAX_LETTER_CHARS:,} characters"
    )
    return made


def _gathered(items: Any, size_of: Callable[[Any], int], refusal: str) -> tuple[list[Any], int]:
    """The items one by one, refused with ``refusal`` once their sizes add up to more than
    a letter, before the rest is made."""
    made: list[Any] = []
    total = 0
    for item in items:
        total += size_of(item)
        if total > MAX_LETTER_CHARS:
            refuse(refusal)
        made.append(item)
    return made, total


_made: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("made", default=None)


@contextlib.contextmanager
def made_budget() -> Iterator[None]:
    """What one letter's filling-in makes is added up inside (:data:`MAX_MADE_CHARS`)."""
    token = _made.set([0])
    try:
        yield
    finally:
        _made.reset(token)


def _count_made(size: int) -> None:
    made = _made.get()
    if made is not None:
        made[0] += size
        if made[0] > MAX_MADE_CHARS:
            refuse(
                f"makes more than {MAX_MADE_CHARS:,} characters in all while filling in one letter"
            )


def bounded_join(parts: Any) -> str:
    """Jinja's ``concat`` for a letter, a captured block, a macro's or a caller's text:
    the parts are counted as they come, and the text refused once it is longer than a
    letter, before it is joined (a loop printing 199,999 characters 15,000 times)."""
    made, total = _gathered(
        parts, len, f"would make a text longer than a letter ({MAX_LETTER_CHARS:,} characters)"
    )
    _count_made(total)
    return "".join(made)


def _check_size(size: int, what: str) -> None:
    if size > MAX_LETTER_CHARS:
        refuse(f"would make {what} of {size:,} characters or more")


def _check_made(size: int, what: str) -> None:
    """A value about to be made: no bigger than a letter, and counted in the letter's
    total of what it makes."""
    _check_size(size, what)
    _count_made(size)


_NUMBERS = re.compile(r"\d+")


def _wide_or_nested_field(template: str) -> bool:
    """Whether a ``{}`` field has a width or precision of seven digits or more, or one
    given as an argument ("{:{}}"). Read field by field, as ``str.format`` reads them, in
    one pass: a regular expression for this took time with the square of a run of colons
    ("{" + ":1" * 40000: 100 s inside one call, where no clock looks)."""
    try:
        for _text, _name, spec, _conversion in string.Formatter().parse(template):
            if spec and ("{" in spec or _LONG_NUMBER.search(spec)):
                return True
    except ValueError:
        return False  # str.format stops at the same place, before any later field
    return False


def _widest(template: str) -> int:
    """The largest number written in a format (a width or a precision, "%.999999f")."""
    return max(
        (int(n) for n in _NUMBERS.findall(template[:MAX_LETTER_CHARS]) if len(n) < 8), default=0
    )


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse before computing ``*``, ``**``, ``%``, ``+`` or ``~`` whose result would be
    huge."""
    if operator == "*":
        for items, times in ((left, right), (right, left)):
            if isinstance(items, (str, list, tuple)) and isinstance(times, int):
                _check_made(deep_size(items) * max(times, 0), "a text or list")
        if _bits(left) + _bits(right) > MAX_NUMBER_BITS:
            refuse("would compute a number of more than 3,000 digits")
    elif operator == "**" and isinstance(right, int) and isinstance(left, int):
        if abs(left) > 1 and (right > MAX_EXPONENT or right * _bits(left) > MAX_NUMBER_BITS):
            digits = max(right, int(right * _bits(left) * 0.30103))  # log10(2)
            refuse(f"would compute a number with about {digits:,} digits or more")
    elif operator == "%" and isinstance(left, str):
        check_percent_format(left, right)
    elif operator in ("+", "~") and not (isinstance(left, int) and isinstance(right, int)):
        _check_made(deep_size(left) + deep_size(right), "a text or list")


def check_percent_format(template: str, values: Any) -> None:
    """``"%0999999999d" % 1`` and ``"%*d" % (10**9, 1)``: no width wider than a letter."""
    if _PERCENT_WIDTH.search(template):
        refuse("would format a text wider than a letter")
    items = values if isinstance(values, tuple) else (values,)
    if any(isinstance(v, int) and abs(v) > MAX_LETTER_CHARS for v in items):
        refuse("would format a number as a width of more than a letter")
    # each field as wide as the widest width or precision written ("%999999s" * 4000), and
    # as big as the biggest value: a mapping's value is printed at every "%(name)s"
    fields = template.count("%")
    widest = max(_widest(template), *(abs(v) for v in items if isinstance(v, int)), 0)
    members = values.values() if isinstance(values, Mapping) else items
    biggest = max((deep_size(v) for v in members), default=0)
    _check_made(len(template) + fields * (widest + biggest), "a text")


def check_format(template: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """``str.format``: no width wider than a letter, written in the format, given as an
    argument (``"{:{}}"``), and no result bigger than a letter (``("{0}" * 50000)``)."""
    if _wide_or_nested_field(template):
        refuse("would format a text wider than a letter, or with a width from its values")
    values = [*args, *kwargs.values()]
    biggest = max((deep_size(v) for v in values), default=0)
    # each field as big as the biggest value or the widest width written ("{0:999999}")
    fields = template.count("{")
    _check_made(len(template) + fields * (biggest + _widest(template)), "a text")


def check_method(owner: Any, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Only :data:`ALLOWED_METHODS`; those that can grow a text, sized first."""
    kind = next((t for t in ALLOWED_METHODS if isinstance(owner, t)), None)
    if kind is None:
        return  # not a built-in value (a macro, a cycler, a loop): the step count covers it
    if name not in ALLOWED_METHODS[kind]:
        refuse(f"calls the method {name}(), which letters may not use")
    if kind is str:
        _check_str_method(owner, name, args, kwargs)
    elif name in ("append", "insert") and args:
        check_kept(args[-1])  # one reference a step (the step count bounds how many)


def _check_str_method(
    text: str, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> None:
    if name in _WIDTH_METHODS:
        width = args[0] if args else 0
        if isinstance(width, int) and width > MAX_LETTER_CHARS:
            refuse(f"would make a text wider than a letter ({name})")
    elif name == "replace" and len(args) >= 2:
        check_replace(text, args[0], args[1])
    elif name == "join" and args:
        items = args[0]
        count = len(items) if isinstance(items, (str, list, tuple, dict)) else 0
        _check_size(deep_size(items) + len(text) * max(count - 1, 0), "a text")
    elif name == "format":
        check_format(text, args, kwargs)
    elif name in ("strip", "lstrip", "rstrip") and args:
        check_strip_chars(args[0])


def check_strip_chars(chars: Any) -> None:
    if isinstance(chars, str) and len(chars) > MAX_STRIP_CHARS:
        refuse(f"strips a text of more than {MAX_STRIP_CHARS:,} different characters")


def check_replace(text: Any, old: Any, new: Any) -> None:
    strings = isinstance(text, str) and isinstance(old, str) and isinstance(new, str)
    if strings and len(new) > len(old):
        count = text.count(old) if old else len(text) + 1
        _check_size(len(text) + count * (len(new) - len(old)), "a text (replace)")


def _numbers_within(values: tuple[Any, ...]) -> None:
    if any(isinstance(v, int) and abs(v) > MAX_LETTER_CHARS for v in values):
        refuse("would make a text or list wider than a letter")


#: Filters that insert a given text many times: the size of the result, from the input and
#: the filter's arguments (as Jinja passes them), before it runs.
_GROWING_FILTERS: dict[str, Callable[..., int]] = {
    "replace": lambda s, old="", new="", *_a, **_k: (
        len(str(s)) + (str(s).count(str(old)) if old else len(str(s)) + 1)
        * max(len(str(new)) - len(str(old)), 0)
    ),
    "indent": lambda s, width=4, *_a, **_k: (
        len(str(s))
        + (str(s).count("\n") + 1) * (len(width) if isinstance(width, str) else abs(int(width)))
    ),
    "wordwrap": lambda s, width=79, _b=True, wrapstring=None, *_a, **_k: (
        len(str(s))
        + (len(str(s)) // max(1, int(width)) + 1) * len(str(wrapstring or "\n"))
    ),
    "join": lambda items, d="", *_a, **_k: (
        deep_size(items) + len(str(d)) * (len(items) if hasattr(items, "__len__") else 0)
    ),
}  # fmt: skip


#: Jinja's filters whose result stays within a few times the size of their input, however
#: big their arguments (a width or length is bounded by ``_numbers_within``; a padding
#: value is one reference, sized where it is printed or joined). Any other filter, Jinja's
#: ``tojson`` and ``urlize`` or one a newer Jinja adds, is sized as its input times its
#: arguments before it runs (above).
_NEAR_INPUT_FILTERS = frozenset(
    {
        "abs", "attr", "batch", "capitalize", "center", "count", "d", "default",
        "dictsort", "e", "escape", "filesizeformat", "first", "float", "forceescape",
        "format", "groupby", "int", "items", "last", "length", "list", "lower", "map",
        "max", "min", "pprint", "random", "reject", "rejectattr", "reverse", "round",
        "safe", "select", "selectattr", "slice", "sort", "string", "striptags", "sum",
        "title", "trim", "truncate", "unique", "upper", "urlencode", "wordcount",
        "xmlattr",
    }
)  # fmt: skip


def check_filter(name: str, value: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Before a filter runs: its input no bigger than a letter, no number wider than one
    (``batch(250000000)``, ``slice(30000000)``, ``center(10**9)``), and for the filters
    that insert a text, the size of what they would make."""
    _check_size(deep_size(value), "a filter's input")
    _numbers_within((*args, *kwargs.values()))
    if name == "sum":
        start = kwargs.get("start", args[1] if len(args) > 1 else 0)
        if not isinstance(start, (int, float)):
            refuse("adds up lists or texts with sum, which letters may not do (join them)")
    if name == "format" and isinstance(value, str):
        check_percent_format(value, args or tuple(kwargs.values()))
    if name == "trim":
        check_strip_chars(kwargs.get("chars", args[0] if args else None))
    grow = _GROWING_FILTERS.get(name)
    if grow is not None:
        try:
            size = grow(value, *args, **kwargs)
        except (TypeError, ValueError):  # arguments Jinja itself will refuse
            return
        _check_size(size, f"a text ({name})")
    elif name not in _NEAR_INPUT_FILTERS:
        # as if every character of the input repeated every argument: urlize's target and
        # tojson's indent are repeated at each link or item
        repeated = 1 + sum(_argument_size(a) for a in (*args, *kwargs.values()))
        if deep_size(value) * repeated > MAX_MADE_CHARS:
            refuse(
                f"would make a text ({name}) of up to {deep_size(value) * repeated:,} "
                "characters (its input times its arguments)"
            )


def _argument_size(value: Any) -> int:
    """A filter's argument as a result could repeat it: a number as the count it stands
    for (an indent), a text or list by its size."""
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, int):
        return min(abs(value), MAX_MADE_CHARS)
    return deep_size(value)


def check_result(value: Any, what: str) -> Any:
    """After a call: what slipped through the estimates still stops here, and what the call
    made is counted in the letter's total."""
    if isinstance(value, int) and value.bit_length() > MAX_NUMBER_BITS:
        # ("1" * 19999)|int(base=2): made in one call, which no operator check sees
        refuse("would compute a number of more than 3,000 digits")
    _check_made(deep_size(value), what)
    return value
