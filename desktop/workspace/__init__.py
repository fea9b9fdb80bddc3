"""The article panes side by side: the text view, its spans, highlights and the link gutter."""
