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
from typing import TYPE_CHECKING, Any

from uawriter.domain.model import Problem
from uawriter.letters import bounds
from uawriter.letters.bounds import MAX_LETTER_CHARS

if TYPE_CHECKING:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

# jinja2 is imported where it is first used, so the window can appear before it loads.

#: Lines of template code one letter may run (a letter's loops run a few hundred); a
#: template looping 99,999 × 99,999 times is stopped here instead of running for ever.
MAX_TEMPLATE_STEPS = 200_000


class _Runaway(Exception):
    """A template went past its budget of steps."""


class TemplateProblem(Exception):
    """A template failed to compile or run; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    import jinja2
    from jinja2.compiler import CodeGenerator, Frame
    from jinja2.nodes import Concat
    from jinja2.sandbox import SandboxedEnvironment

    class SizedConcat(CodeGenerator):
        """``a ~ b`` made through the environment, which sizes it first."""

        def visit_Concat(self, node: Concat, frame: Frame) -> None:  # noqa: N802 (Jinja's name)
            self.write("environment.sized_concat((")
            for argument in node.nodes:
                self.visit(argument, frame)
                self.write(", ")
            self.write("))")

    class BudgetedEnvironment(SandboxedEnvironment):
        """The sandbox, and no single step that makes a text, list or number bigger than a
        letter (``bounds.py``)."""

        code_generator_class = SizedConcat
        intercepted_binops = frozenset({"*", "**", "%", "+"})

        def call_binop(
            self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
        ) -> Any:
            bounds.check_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def call(
            __self,  # noqa: N805 (Jinja's signature: the arguments may use any name)
            __context: jinja2.runtime.Context,
            __obj: Any,
            *args: Any,
            **kwargs: Any,
        ) -> Any:
            owner = getattr(__obj, "__self__", None)
            if owner is not None:
                bounds.check_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
            result = super().call(__context, __obj, *args, **kwargs)
            return bounds.check_result(result, "a value")

        def wrap_str_format(self, value: Any) -> Any:
            """``str.format``, which the sandbox hands out already wrapped: sized too."""
            wrapped = super().wrap_str_format(value)
            if wrapped is None:
                return None
            template, name = value.__self__, value.__name__
            bounds.check_method(template, name, (), {})

            def sized(*args: Any, **kwargs: Any) -> Any:
                bounds.check_format(template, args, kwargs)
                return wrapped(*args, **kwargs)

            return sized

        @staticmethod
        def sized_concat(items: tuple[Any, ...]) -> str:
            bounds.check_binop("~", list(items), "")
            return "".join(str(item) for item in items)

    environment = BudgetedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is plain text, escaped later by the PDF writer
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_printable,
    )
    del environment.globals["lipsum"]  # pages of Latin, made in one step: not for letters
    for name, function in list(environment.filters.items()):
        environment.filters[name] = _sized_filter(name, function)
    return environment


def _printable(value: Any) -> Any:
    """Every ``{{ value }}``, sized before it is turned into text."""
    return bounds.check_result(value, "a printed value")


def _sized_filter(name: str, function: Any) -> Any:
    """A filter whose input, numbers and result are sized (``bounds.check_filter``)."""
    passes_first = getattr(function, "jinja_pass_arg", None) is not None

    def sized(*args: Any, **kwargs: Any) -> Any:
        given = args[1:] if passes_first else args
        if given:
            bounds.check_filter(name, given[0], tuple(given[1:]), kwargs)
        return bounds.check_result(function(*args, **kwargs), f"a text ({name})")

    if passes_first:  # keep how Jinja passes the context, environment or eval context
        sized.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return sized


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

    if isinstance(exc, bounds.TooBig):
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
