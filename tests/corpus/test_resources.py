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
