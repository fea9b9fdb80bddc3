"""Claims: annotations grouped as one fact, kept in step with "same claim" links."""
