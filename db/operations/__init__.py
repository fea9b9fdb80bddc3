"""Operations: every change to a project, as one function that applies the domain's rules
and returns what it changed and what undoes it exactly (`Applied`).

The desktop's undo stack, the CLI and scripts call these; views refresh from the
`Changes` an operation reports, never from a guess of their own.
"""

from .changes import Applied, Changes, combined, later, reversible

__all__ = ["Applied", "Changes", "combined", "later", "reversible"]
