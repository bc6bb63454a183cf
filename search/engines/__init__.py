"""The search engines, one module each: `sqlite` (the embedded default, the project's own
postings), `postgres` (PostgreSQL full-text search; its index side in `postgres_index`),
`opensearch` (a node, its index in `opensearch_index`). `database` is what the two database
engines share. The query service (search.service) picks one per request."""
