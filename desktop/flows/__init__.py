"""Multi-step work started from the window (projects, datasets, merge) and its background tasks."""
