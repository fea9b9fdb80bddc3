"""Full-text search over a project's articles: the user's query, ranked hits, snippets."""
