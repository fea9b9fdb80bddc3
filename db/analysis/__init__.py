"""Reading across annotations: agreement, suggestions, figures, re-anchoring spans, offset units."""
