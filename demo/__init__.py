"""The demo site: Markdown content files per language (content/) and the loader that builds
the site from them through the factories the tests use. The file format is in README.md."""
