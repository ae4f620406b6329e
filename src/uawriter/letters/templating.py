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
import time
from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import FrameType
from typing import TYPE_CHECKING, Any

from uawriter.domain.controls import (
    plain_line_ends,
    without_controls,
    without_direction_overrides,
)
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

    def __init__(self, problem: Problem, runaway: bool = False) -> None:
        super().__init__(str(problem))
        self.problem = problem
        #: Stopped by a budget (steps, time, size), not an ordinary mistake: checking the
        #: pack's other letters would only spend as much again.
        self.runaway = runaway


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    import jinja2
    from jinja2.compiler import CodeGenerator, Frame
    from jinja2.nodes import Concat, Dict, List, Tuple
    from jinja2.sandbox import SandboxedEnvironment

    class SizedConcat(CodeGenerator):
        """``a ~ b`` made through the environment, which sizes it first; each list, tuple and
        table written in the template sized as it is made (``bounds.check_literal``)."""

        def visit_Concat(self, node: Concat, frame: Frame) -> None:  # noqa: N802 (Jinja's name)
            self.write("environment.sized_concat((")
            for argument in node.nodes:
                self.visit(argument, frame)
                self.write(", ")
            self.write("))")

        def _sized(self, visit: Any, node: Any, frame: Frame) -> None:
            if getattr(node, "ctx", "load") != "load":  # a target: {% for k, v in … %}
                visit(node, frame)
                return
            self.write("environment.sized_literal(")
            visit(node, frame)
            self.write(")")

        def visit_List(self, node: List, frame: Frame) -> None:  # noqa: N802
            self._sized(super().visit_List, node, frame)

        def visit_Tuple(self, node: Tuple, frame: Frame) -> None:  # noqa: N802
            self._sized(super().visit_Tuple, node, frame)

        def visit_Dict(self, node: Dict, frame: Frame) -> None:  # noqa: N802
            self._sized(super().visit_Dict, node, frame)

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
            args = tuple(_made(a, "a list") for a in args)
            bounds.check_arguments(args, kwargs)
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
        def sized_literal(value: Any) -> Any:
            bounds.check_literal(value)
            return value

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
    # HTML links, which a plain-text letter has no use for; its regular expression takes
    # time growing with the square of a run of dots, in C, where no clock looks (50,000: 54 s)
    del environment.filters["urlize"]
    # a different letter at every filling: the preview was not what was sent, and the same
    # input gave other bytes under --invariant
    del environment.filters["random"]
    environment.globals["namespace"] = _kept_namespace()
    environment.concat = bounds.bounded_join  # type: ignore[method-assign]
    for name, function in list(environment.filters.items()):
        environment.filters[name] = _sized_filter(name, function)
    return environment


def _kept_namespace() -> type:
    """``namespace()``, whose values are checked as they are kept (``bounds.check_kept``)."""
    from jinja2.utils import Namespace

    class KeptNamespace(Namespace):
        def __init__(*args: Any, **kwargs: Any) -> None:
            for value in (*args[1:], *kwargs.values()):
                bounds.check_kept(value)
            Namespace.__init__(*args, **kwargs)

        def __setitem__(self, name: str, value: Any) -> None:
            bounds.check_kept(value)
            bounds.check_result(value, "a kept value")
            super().__setitem__(name, value)

    return KeptNamespace


def _made(value: Any, what: str) -> Any:
    """A lazy sequence made into a list, bounded as it is made; anything else as it is."""
    if isinstance(value, Iterator):
        return bounds.bounded_items(value, what)
    return value


def _printable(value: Any) -> Any:
    """Every ``{{ value }}``, sized before it is turned into text."""
    return bounds.check_result(value, "a printed value")


def _sized_filter(name: str, function: Any) -> Any:
    """A filter whose input, numbers and result are sized (``bounds.check_filter``).

    It takes the template's context, which Jinja cannot have while compiling: so no filter
    runs at compile time, outside every budget (``"x"|center(199999)|list|list…`` was
    worked out while the template compiled, for minutes). The filter itself gets what it
    asked for: the context, the environment, the evaluation context or nothing."""
    from jinja2.utils import _PassArg, pass_context

    wanted = _PassArg.from_obj(function)

    def sized(context: Any, *args: Any, **kwargs: Any) -> Any:
        if args:
            value = _made(args[0], f"a list ({name})")
            args = (value, *args[1:])
            bounds.check_filter(name, value, tuple(args[1:]), kwargs)
        if wanted is _PassArg.context:
            args = (context, *args)
        elif wanted is _PassArg.eval_context:
            args = (context.eval_ctx, *args)
        elif wanted is _PassArg.environment:
            args = (context.environment, *args)
        return bounds.check_result(function(*args, **kwargs), f"a text ({name})")

    return pass_context(sized)


#: Pieces of template code (names, operators, numbers, texts: Jinja's tokens outside plain
#: text) one template may have. A letter has a few hundred; 256 kB of ``f(a,a,a,…)`` took
#: 8 s and 1 GB to compile, before any budget of the letter's could start.
MAX_TEMPLATE_TOKENS = 20_000


#: Lines of template code a whole pack check may run: every letter language, every
#: addressee, three senders. The seed pack's check runs about 13,000.
MAX_PACK_CHECK_STEPS = 5_000_000


#: Processor time one letter may take, and a whole pack's check (the largest pack allowed,
#: 200 addressees in 64 languages, checks in 15 s on this 2-core machine): a letter takes about a
#: millisecond. Steps are not enough: one step of a lazy filter chain or a sizing of a big
#: list can take long, and each is Python code this clock sees.
MAX_LETTER_SECONDS = 2.0
MAX_PACK_CHECK_SECONDS = 120.0


#: Processor time a pack's check is given for each letter it composes, beyond its first
#: 5 s: a letter takes about half a millisecond, ten times that on a slow laptop.
PACK_CHECK_SECONDS_PER_LETTER = 0.005
PACK_CHECK_BASE_SECONDS = 5.0


class _Shared:
    """The budget the letters filled in under one :func:`pack_step_budget` share: steps,
    and processor time spent filling in templates (not what the caller does between two
    letters: carrying a volunteer's edits into 150 letters was blamed on the template and
    the letters refused, probe 91a)."""

    def __init__(self, limit: int, seconds: float = MAX_PACK_CHECK_SECONDS) -> None:
        self.limit = limit
        self.steps = 0
        self.seconds = seconds
        self.spent = 0.0


_pack_budget: contextvars.ContextVar[_Shared | None] = contextvars.ContextVar(
    "pack_budget", default=None
)


@contextlib.contextmanager
def pack_step_budget(limit: int = MAX_PACK_CHECK_STEPS, letters: int = 0) -> Iterator[None]:
    """Every template filled in inside shares one budget of steps: a pack of 200
    addressees in 64 languages, each letter looping 100,000 times, is stopped, not checked
    for minutes at every start. Its processor time: 5 s and
    :data:`PACK_CHECK_SECONDS_PER_LETTER` for each of the ``letters`` it composes, at most
    :data:`MAX_PACK_CHECK_SECONDS` (200 addressees in two languages, each letter just under
    its own 2 s, took 65 s when each letter was given 50 ms)."""
    seconds = (
        min(
            MAX_PACK_CHECK_SECONDS,
            PACK_CHECK_BASE_SECONDS + PACK_CHECK_SECONDS_PER_LETTER * letters,
        )
        if letters
        else None
    )
    shared = _Shared(limit) if seconds is None else _Shared(limit, seconds)
    token = _pack_budget.set(shared)
    try:
        yield
    finally:
        _pack_budget.reset(token)


class _StepBudget:
    """Counts the lines of template code run (a trace on the template's frames only) and
    stops the template when it runs too many, or when the pack's shared budget is spent;
    and on every Python call made while the letter is filled in (Jinja's filters, the
    sizing of values), looks at the processor time spent, against the letter's and the
    pack check's."""

    def __init__(self, limit: int, seconds: float = MAX_LETTER_SECONDS) -> None:
        self.limit = limit
        self.steps = 0
        self.calls = 0
        self.shared = _pack_budget.get()
        self.started = time.thread_time()
        self.deadline = self.started + seconds
        self.shared_deadline = self.deadline
        if self.shared is not None:
            left = self.shared.seconds - self.shared.spent
            self.shared_deadline = self.started + left
            self.deadline = min(self.deadline, self.shared_deadline)

    def finish(self) -> None:
        """The letter is filled in (or stopped): its time counts against the shared budget."""
        if self.shared is not None:
            self.shared.spent += time.thread_time() - self.started

    def _clock(self) -> None:
        self.calls += 1
        if self.calls % 64 == 0 and time.thread_time() > self.deadline:
            if self.shared is not None and time.thread_time() > self.shared_deadline:
                raise _Runaway(
                    "filling in every letter of the pack takes more than "
                    f"{self.shared.seconds:.3g} s of processor time (a letter takes a "
                    "millisecond); check the loops of its letters"
                )
            raise _Runaway(
                f"takes more than {MAX_LETTER_SECONDS:.0f} s of processor time to fill in "
                "(a letter takes a few milliseconds); check its loops"
            )

    def __call__(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "call":
            self._clock()
            return self._line if frame.f_code.co_filename == "<template>" else None
        return None

    def _line(self, _frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            self._clock()
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
    environment = _environment()
    source = plain_line_ends(source)  # Jinja's own lines (trim_blocks) are "\n" lines
    code = depth = blocks = 0
    tag_next = False
    for _line, kind, value in environment.lex(source):
        if tag_next and kind == "name":  # the tag of a "{% … %}"
            if value in _OPENING_TAGS:
                blocks += 1
            elif value.startswith("end"):
                blocks = max(0, blocks - 1)
        tag_next = kind == "block_begin" or (tag_next and kind == "whitespace")
        if blocks > MAX_BRACKET_DEPTH:
            # as for brackets: Jinja's parser would run out of stack, and its lexer print
            # a traceback as it is closed (probe 107b: 400 {% for %} inside one another)
            raise _Runaway(
                "nests blocks too deeply to be filled in (more than "
                f"{MAX_BRACKET_DEPTH} {{% for %}}, {{% if %}} or others inside one another); "
                "a letter needs a few levels"
            )
        if kind != "data":
            code += 1
            if code > MAX_TEMPLATE_TOKENS:
                raise _Runaway(
                    f"has more than {MAX_TEMPLATE_TOKENS:,} pieces of template code (a letter "
                    "has a few hundred); it is not compiled"
                )
        if kind == "operator":
            depth += _OPENS.get(value, 0)
        if depth > MAX_BRACKET_DEPTH:
            # Jinja's parser would run out of stack (from some 90 deep), and its lexer,
            # closed as the error unwinds, print a traceback of its own
            raise _Runaway(
                "nests brackets too deeply to be filled in (more than "
                f"{MAX_BRACKET_DEPTH} inside one another); a letter needs a few levels"
            )
    return environment.from_string(source)


#: Brackets of template code, or blocks, nested deeper than this are refused before Jinja
#: parses them.
MAX_BRACKET_DEPTH = 40
#: The tags that open a block an "end…" tag closes ("set" may not: it is left out).
_OPENING_TAGS = frozenset(
    {"for", "if", "filter", "macro", "call", "with", "block", "autoescape", "trans"}
)
_OPENS = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}


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
    if isinstance(exc, RecursionError):
        return (
            "nests blocks, brackets or macros too deeply to be filled in; a letter needs a "
            "few levels"
        )
    if isinstance(exc, SyntaxError):  # Python's, on the code Jinja made of the template
        return (
            "nests blocks too deeply to be compiled (about 100 {% for %} or {% if %} inside "
            "one another); a letter needs a few"
        )
    if isinstance(exc, TypeError) and "no loader" in str(exc):
        return (
            "uses include, import or extends, which letters cannot: a letter is one file; "
            "put the text itself in it"
        )
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
            with bounds.made_budget():
                text = template.render(context)
        finally:
            sys.settrace(previous)
            budget.finish()
    except _Runaway as exc:
        raise TemplateProblem(Problem(file, "", str(exc)), runaway=True) from None
    except (bounds.TooBig, MemoryError, RecursionError) as exc:
        line = _template_line(exc)
        raise TemplateProblem(Problem(file, line, _explain(exc)), runaway=True) from exc
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
#: Half of a character's UTF-16 pair, alone (``"%c"|format(0xd800)``, ``"\ud83d"``): no
#: file can hold one, and an e-mail draft stopped with a traceback.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")


def tidy_letter(text: str) -> str:
    """At most one empty line in a row and none at the ends: templates stay simple to write.
    Control characters a template prints (``{{ "\\x1b[31m" }}``) are left out: no letter
    can show one, and an e-mail draft carried them to the mail program. So are lone
    surrogates, which no file can hold, and direction overrides (and isolates that do not
    pair up), which a pack's text may not hold either."""
    text = without_direction_overrides(without_controls(plain_line_ends(text)))
    text = _LONE_SURROGATES.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
