"""The docked panels: annotation table, article list, claims, suggestions, inspector, links."""
