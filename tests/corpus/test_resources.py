"""Loaders kept for the process: read again once the resource files change, kept while they do not; and whether
what was read since a digest is what it names."""

from __future__ import annotations

from analysis.corpus.resources import read_as_digested, read_resource_table, resource_loader, resources_digest


def test_a_loader_reads_the_files_again_once_their_digest_changes(tmp_path):
    folder = tmp_path / "resources"
    folder.mkdir()
    harbours = folder / "harbours.csv"
    harbours.write_text("harbour\nPortlow\n", encoding="utf-8")
    (folder / "README.md").write_text("Notes on the harbours.\n", encoding="utf-8")
    reads = []

    @resource_loader()
    def harbour_names() -> tuple[str, ...]:
        reads.append(1)
        rows, _ = read_resource_table(harbours, columns=("harbour",))
        return tuple(row.values["harbour"] for row in rows)

    first = resources_digest(folder)
    assert harbour_names() == ("Portlow",)
    (folder / "README.md").write_text("Notes on the harbours, revised.\n", encoding="utf-8")
    assert resources_digest(folder) == first  # a note is not a resource: the loader keeps what it read
    assert harbour_names() == ("Portlow",) and len(reads) == 1
    harbours.write_text("harbour\nPortlow\nKeelby\n", encoding="utf-8")
    assert harbour_names() == ("Portlow",)  # kept until the next digest
    assert read_as_digested(first)
    read_resource_table(harbours, columns=("harbour",))
    assert not read_as_digested(first)  # a file was read in another state than the digest names
    second = resources_digest(folder)
    assert second != first and read_as_digested(second)
    assert harbour_names() == ("Portlow", "Keelby") and len(reads) == 2


def _kept_functions_that_read_files(module_path):
    """Yield the names of the functions in a module kept with a plain `lru_cache`/`cache` that call a `read_…`
    function: a loader of resource files that a change to the files would not empty."""
    import ast

    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        plainly_kept = any((isinstance(d, ast.Name) and d.id in {"lru_cache", "cache"})
                           or (isinstance(d, ast.Call) and isinstance(d.func, ast.Name)
                               and d.func.id in {"lru_cache", "cache"}) for d in node.decorator_list)
        calls = {c.func.id if isinstance(c.func, ast.Name) else getattr(c.func, "attr", "")
                 for c in ast.walk(node) if isinstance(c, ast.Call)}
        if plainly_kept and any(name.startswith("read_") for name in calls):
            yield node.name


def test_every_loader_of_the_package_that_reads_files_is_emptied_when_they_change():
    from analysis.tables.cache import PACKAGE_DIR

    stale = [f"{path.relative_to(PACKAGE_DIR)}: {name}" for path in sorted(PACKAGE_DIR.rglob("*.py"))
             for name in _kept_functions_that_read_files(path)]
    assert stale == [], "use `resource_loader`, not `lru_cache`, for these loaders"


def test_the_check_for_plainly_kept_loaders_finds_one(tmp_path):
    module = tmp_path / "harbours.py"
    module.write_text("from functools import lru_cache\n\n@lru_cache(maxsize=1)\ndef harbours():\n"
                      "    return read_harbours()\n\n@lru_cache(maxsize=8)\ndef squared(x):\n    return x * x\n",
                      encoding="utf-8")
    assert list(_kept_functions_that_read_files(module)) == ["harbours"]
