"""Merging a colleague's project file into this one, with a report of what changed."""
