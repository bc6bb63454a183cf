"""The search package's shape: small modules, no import circles, content apps never import it."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEARCH = ROOT / "search"
CONTENT_APPS = ("home", "guides", "documents")
MAX_LINES = 300


def module_name(path):
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def imports_of(path):
    """Modules of the project a file imports (at any level, function-level imports included)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def search_modules():
    return {
        module_name(path): path for path in SEARCH.rglob("*.py") if "migrations" not in path.parts
    }


def test_no_search_module_is_over_300_lines():
    long = {
        name: n
        for name, path in search_modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_search_package_has_no_import_circle():
    modules = search_modules()
    graph = {name: imports_of(path) & modules.keys() - {name} for name, path in modules.items()}
    circles = []

    def visit(name, trail):
        for target in graph[name]:
            if target in trail:
                circles.append(trail[trail.index(target) :] + [target])
            elif len(trail) < 12:
                visit(target, [*trail, target])

    for name in graph:
        visit(name, [name])
    assert circles == []


def test_content_apps_never_import_search():
    offenders = [
        str(path.relative_to(ROOT))
        for app in CONTENT_APPS
        for path in (ROOT / app).rglob("*.py")
        if any(m == "search" or m.startswith("search.") for m in imports_of(path))
    ]
    assert offenders == []
