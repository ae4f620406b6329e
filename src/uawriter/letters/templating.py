"""The one place pack templates are compiled and run.

Pack templates come from USB sticks, so they run in Jinja's sandbox (no attribute starting
with ``_``, no unsafe methods) with ``StrictUndefined`` (a misspelt ``{{ adressee.name }}``
fails loudly instead of printing nothing). Template errors become :class:`Problem` s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from uawriter.domain.model import Problem

if TYPE_CHECKING:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

# jinja2 is imported where it is first used, so the window can appear before it loads.

#: A letter longer than this is a runaway template, not a letter.
MAX_LETTER_CHARS = 200_000


class TemplateProblem(Exception):
    """A template failed to compile or run; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is plain text, escaped later by the PDF writer
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


@lru_cache(maxsize=128)
def _compile(source: str) -> jinja2.Template:
    return _environment().from_string(source)


def _explain(exc: Exception) -> str:
    import jinja2

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

    try:
        text = _compile(source).render(context)
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
