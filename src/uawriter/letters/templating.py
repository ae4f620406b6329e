"""The one place pack templates are compiled and run.

Pack templates come from USB sticks, so they run in Jinja's sandbox (no attribute starting
with ``_``, no unsafe methods) with ``StrictUndefined`` (a misspelt ``{{ adressee.name }}``
fails loudly instead of printing nothing). Template errors become :class:`Problem` s.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import sys
from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from uawriter.domain.model import Problem

if TYPE_CHECKING:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

# jinja2 is imported where it is first used, so the window can appear before it loads.

#: A letter longer than this is a runaway template, not a letter.
MAX_LETTER_CHARS = 200_000
#: Lines of template code one letter may run (a letter's loops run a few hundred); a
#: template looping 99,999 × 99,999 times is stopped here instead of running for ever.
MAX_TEMPLATE_STEPS = 200_000
#: The largest power a template may compute (10 ** 1000 has a thousand digits).
MAX_EXPONENT = 1_000
#: The largest whole number a step may make, in bits (10 ** 1000 is 3,322 bits): a power of
#: a power, or products multiplied in a loop, are refused before they are computed.
MAX_NUMBER_BITS = 10_000


class _Runaway(Exception):
    """A template went past its budget of steps or size."""


def _too_big(message: str) -> NoReturn:
    from jinja2.exceptions import SecurityError

    class TooBig(SecurityError):
        """A step that would make a huge text or number (not a forbidden name)."""

        too_big = True

    raise TooBig(message)


def _sized(value: Any) -> int:
    """How many characters ``value`` stands for once joined into text: a list counts the
    texts in it, so ``["x" * 199999] * 199999`` is seen as the 40 GB it would join into."""
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_LETTER_CHARS:
            return len(value)
        return sum(max(1, _sized(item)) if isinstance(item, (str, bytes)) else 1 for item in value)
    return 0


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse before computing a ``*``, ``**`` or ``%`` whose result would be huge."""
    if operator == "*":
        for text, times in ((left, right), (right, left)):
            if _sized(text) and isinstance(times, int) and _sized(text) * times > MAX_LETTER_CHARS:
                _too_big(f"would make a text of {_sized(text) * times:,} characters")
        if _bits(left) + _bits(right) > MAX_NUMBER_BITS:
            _too_big("would compute a number of more than 3,000 digits")
    elif operator == "**" and isinstance(right, int) and isinstance(left, int):
        if abs(left) > 1 and (right > MAX_EXPONENT or right * _bits(left) > MAX_NUMBER_BITS):
            digits = max(right, int(right * _bits(left) * 0.30103))  # log10(2)
            _too_big(f"would compute a number with about {digits:,} digits or more")
    elif operator == "%" and isinstance(left, str):
        values = right if isinstance(right, tuple) else (right,)
        if any(isinstance(v, int) and abs(v) > MAX_LETTER_CHARS for v in values):
            _too_big("would format a number as a width of more than a letter")


def _check_str_method(text: str, name: str, args: tuple[Any, ...]) -> None:
    """``"a" * n`` kept short is not enough: ``.replace("a", "b" * n)`` or ``",".join(...)``
    multiplies it again. Refuse a call whose result would be longer than a letter."""
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        old, new = args[0], args[1]
        if isinstance(new, str) and len(new) > len(old):
            count = text.count(old) if old else len(text) + 1
            if len(text) + count * (len(new) - len(old)) > MAX_LETTER_CHARS:
                _too_big("would make a text longer than a letter (replace)")
    elif name == "join" and args:
        items = args[0]
        if isinstance(items, (list, tuple)):
            joined = _sized(items) + len(text) * max(len(items) - 1, 0)
            if joined > MAX_LETTER_CHARS:
                _too_big("would join a text longer than a letter")


#: str methods and filters whose first number is a width: "x".ljust(10**9)
_WIDTH_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})
_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?(\d{7,})")


class TemplateProblem(Exception):
    """A template failed to compile or run; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    class BudgetedEnvironment(SandboxedEnvironment):
        """The sandbox, and no single step that makes a huge text or number."""

        intercepted_binops = frozenset({"*", "**", "%"})

        def call_binop(
            self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
        ) -> Any:
            _check_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def call(
            __self,  # noqa: N805 (Jinja's signature: the arguments may use any name)
            __context: jinja2.runtime.Context,
            __obj: Any,
            *args: Any,
            **kwargs: Any,
        ) -> Any:
            name = getattr(__obj, "__name__", "")
            owner = getattr(__obj, "__self__", None)
            if isinstance(owner, str):
                _check_str_method(owner, name, args)
            wide = any(isinstance(a, int) and a > MAX_LETTER_CHARS for a in args)
            if (
                wide
                and isinstance(getattr(__obj, "__self__", None), str)
                and name in _WIDTH_METHODS
            ):
                _too_big(f"would make a text wider than a letter ({name})")
            return super().call(__context, __obj, *args, **kwargs)

        def wrap_str_format(self, value: Any) -> Any:
            """``str.format`` as the sandbox wraps it, refusing a width wider than a letter
            written in the format ("{:>1000000000}") or given to it ("{:{}}", 10**9)."""
            wrapped = super().wrap_str_format(value)
            if wrapped is None:
                return None
            if _FORMAT_WIDTH.search(value.__self__):
                _too_big("would format a text wider than a letter")

            def checked(*args: Any, **kwargs: Any) -> Any:
                values = [*args, *kwargs.values()]
                for item in values:
                    inner = item.values() if isinstance(item, dict) else (item,)
                    if any(isinstance(v, int) and abs(v) > MAX_LETTER_CHARS for v in inner):
                        _too_big("would format a text wider than a letter")
                return wrapped(*args, **kwargs)

            return checked

    environment = BudgetedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is plain text, escaped later by the PDF writer
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    for name in ("center", "indent", "format", "truncate", "wordwrap"):
        environment.filters[name] = _bounded_filter(environment.filters[name])
    environment.filters["join"] = _bounded_join(environment.filters["join"])
    return environment


def _bounded_join(function: Any) -> Any:
    """The ``join`` filter, refusing a result longer than a letter before making it."""

    def bounded(*args: Any, **kwargs: Any) -> Any:
        items = args[1] if len(args) > 1 else None
        if isinstance(items, (list, tuple)) and _sized(items) > MAX_LETTER_CHARS:
            _too_big("would join a text longer than a letter")
        return function(*args, **kwargs)

    for attribute in ("jinja_pass_arg",):
        if hasattr(function, attribute):
            setattr(bounded, attribute, getattr(function, attribute))
    return bounded


def _bounded_filter(function: Any) -> Any:
    """A filter that refuses a width or a format larger than a letter."""

    def bounded(*args: Any, **kwargs: Any) -> Any:
        numbers = [a for a in (*args[1:], *kwargs.values()) if isinstance(a, int)]
        if any(abs(n) > MAX_LETTER_CHARS for n in numbers):
            _too_big("would make a text wider than a letter")
        if args and isinstance(args[0], str) and _FORMAT_WIDTH.search(args[0]):
            _too_big("would format a text wider than a letter")
        return function(*args, **kwargs)

    for attribute in ("jinja_pass_arg",):  # keep how Jinja passes the context
        if hasattr(function, attribute):
            setattr(bounded, attribute, getattr(function, attribute))
    return bounded


#: Lines of template code a whole pack check may run: every letter language, every
#: addressee, three senders. The seed pack's check runs about 13,000.
MAX_PACK_CHECK_STEPS = 5_000_000


class _Shared:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.steps = 0


_pack_budget: contextvars.ContextVar[_Shared | None] = contextvars.ContextVar(
    "pack_budget", default=None
)


@contextlib.contextmanager
def pack_step_budget(limit: int = MAX_PACK_CHECK_STEPS) -> Iterator[None]:
    """Every template filled in inside shares one budget of steps: a pack of 200
    addressees in 64 languages, each letter looping 100,000 times, is stopped, not checked
    for minutes at every start."""
    token = _pack_budget.set(_Shared(limit))
    try:
        yield
    finally:
        _pack_budget.reset(token)


class _StepBudget:
    """Counts the lines of template code run (a trace on the template's frames only) and
    stops the template when it runs too many, or when the pack's shared budget is spent."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.steps = 0
        self.shared = _pack_budget.get()

    def __call__(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "call":
            return self._line if frame.f_code.co_filename == "<template>" else None
        return None

    def _line(self, _frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            self.steps += 1
            if self.steps > self.limit:
                raise _Runaway(f"runs more than {self.limit:,} steps; check its loops")
            shared = self.shared
            if shared is not None:
                shared.steps += 1
                if shared.steps > shared.limit:
                    raise _Runaway(
                        f"filling in every letter of the pack runs more than "
                        f"{shared.limit:,} steps; check the loops of its letters"
                    )
        return self._line


@lru_cache(maxsize=128)
def _compile(source: str) -> jinja2.Template:
    return _environment().from_string(source)


def _explain(exc: Exception) -> str:
    import jinja2

    if getattr(exc, "too_big", False):
        return f"{exc}; a letter is a few thousand characters"
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"uses something templates may not touch ({exc})"
    if isinstance(exc, jinja2.UndefinedError):
        message = str(exc)
        if "unsafe" in message:
            return f"uses something templates may not touch ({message})"
        return f"uses a name that letters do not have ({message}); see docs/pack-format.md"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"has a syntax error: {exc.message}"
    return f"could not be filled in ({type(exc).__name__}: {exc})"


def render_template(source: str, context: Mapping[str, Any], file: str) -> str:
    """Fill one template; any failure is a :class:`TemplateProblem` naming ``file``."""
    import jinja2

    budget = _StepBudget(MAX_TEMPLATE_STEPS)
    previous = sys.gettrace()
    try:
        template = _compile(source)
        sys.settrace(budget)
        try:
            text = template.render(context)
        finally:
            sys.settrace(previous)
    except _Runaway as exc:
        raise TemplateProblem(Problem(file, "", str(exc))) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(Problem(file, f"line {exc.lineno}", _explain(exc))) from exc
    except Exception as exc:
        line = _template_line(exc)
        raise TemplateProblem(Problem(file, line, _explain(exc))) from exc
    if len(text) > MAX_LETTER_CHARS:
        raise TemplateProblem(
            Problem(file, "", f"makes a letter of {len(text):,} characters; check its loops")
        )
    return text


def _template_line(exc: Exception) -> str:
    tb = exc.__traceback__
    line = ""
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = f"line {tb.tb_lineno}"
        tb = tb.tb_next
    return line


_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def tidy_letter(text: str) -> str:
    """At most one empty line in a row and none at the ends: templates stay simple to write."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
