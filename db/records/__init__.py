"""The project's records (articles, annotations, links, reviews, the scheme) as the store
reads and writes them."""
