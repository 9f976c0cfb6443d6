"""Compiled patterns kept between runs: the same patterns, a faster start, never a failure."""

import os
import re
import subprocess
import sys

import pytest
from conftest import VEENHOVEN, invoke, run

from mantelzorg_cli import compiling, extract
from mantelzorg_cli.files import pattern_cache
from mantelzorg_cli.files.pattern_cache import cache_file, kept_patterns
from mantelzorg_cli.measures.loading import default_vocabulary

pytestmark = pytest.mark.skipif(not compiling.MACHINE, reason="this Python compiles as usual")

SOURCES = sorted(
    {
        clue.source
        for measure in default_vocabulary().measures
        for clue in (*measure.clues, *measure.with_clues, *measure.exceptions)
    }
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of this test's, and no pattern known or built before."""
    monkeypatch.setenv("MZEXTRACT_CACHE", str(tmp_path))
    compiling.forget()
    yield tmp_path / "patterns"
    compiling.forget()


def _kept_once(sources) -> None:
    with kept_patterns():
        for source in sources:
            compiling.compiled(source, re.IGNORECASE)


def test_every_pattern_of_the_vocabulary_comes_back_as_re_compiles_it(cache):
    _kept_once(SOURCES)
    compiling.forget()
    with kept_patterns():
        assert compiling.made() == {}
        assert len(compiling._known) == len(SOURCES)
        texts = [VEENHOVEN.read_text(encoding="utf-8"), "Roosterbeleid: İzin thuiswerken"]
        for source in SOURCES:
            kept, usual = compiling.compiled(source, re.I), re.compile(source, re.I)
            assert kept == usual  # the same flags, source and matcher code
            assert kept.pattern == usual.pattern
            assert (kept.flags, kept.groups, kept.groupindex) == (
                usual.flags,
                usual.groups,
                usual.groupindex,
            )
            for text in texts:
                assert [m.span() for m in kept.finditer(text)] == [
                    m.span() for m in usual.finditer(text)
                ]
        assert compiling.made() == {}  # none compiled again


def test_a_run_writes_the_file_and_the_next_reads_it_with_the_same_records(cache):
    first = run(VEENHOVEN, "-f", "jsonl", env={**os.environ})
    written = cache.read_bytes()
    second = run(VEENHOVEN, "-f", "jsonl", env={**os.environ})
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert first.stderr == second.stderr == b""
    assert cache.read_bytes() == written  # nothing new: not written again
    assert cache.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-40] + bytes(40),  # payload changed
        lambda data: data.replace(b"sre", b"SRE", 1),  # another Python's
        lambda data: b"\xff\xfe" + data,  # not ours
        lambda data: b"",
    ],
)
def test_a_damaged_file_means_compiling_as_usual_and_a_whole_file_again(cache, damage):
    _kept_once(SOURCES[:20])
    cache.write_bytes(damage(cache.read_bytes()))
    compiling.forget()
    result = invoke(VEENHOVEN, "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stdout.encode() == run(VEENHOVEN, "-f", "jsonl").stdout
    compiling.forget()
    with kept_patterns():
        assert compiling._known  # written whole again


def test_code_the_matcher_refuses_is_compiled_as_usual(cache):
    source = next(source for source in SOURCES if "head" in source)
    compiling.remember({(source, re.I): (int(re.I), bytes(64), 0, {}, ())})
    assert compiling.compiled(source, re.I) == re.compile(source, re.I)
    assert (source, re.I) in compiling.made()  # compiled anew


def test_no_file_is_read_or_written_when_the_cache_is_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("MZEXTRACT_CACHE", "")
    assert cache_file() is None
    monkeypatch.chdir(tmp_path)
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).returncode == 0
    assert list(tmp_path.iterdir()) == []


def test_the_users_cache_folder_by_default(monkeypatch, tmp_path):
    monkeypatch.delenv("MZEXTRACT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_file() == str(tmp_path / "mzextract" / "patterns")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_file() == str(tmp_path / ".cache" / "mzextract" / "patterns")


def test_a_cache_that_cannot_be_written_costs_a_run_nothing(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    result = run(VEENHOVEN, "-f", "jsonl", env={**os.environ, "MZEXTRACT_CACHE": str(blocked)})
    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout == run(VEENHOVEN, "-f", "jsonl").stdout
    assert blocked.read_text() == "not a folder"


def test_records_are_the_same_with_patterns_of_the_cache(cache):
    profile = VEENHOVEN.read_bytes()
    usual = extract(profile, "p.txt", _fresh_vocabulary())
    assert compiling.made()
    with kept_patterns():  # (writes what was compiled)
        pass
    compiling.forget()
    with kept_patterns():
        assert extract(profile, "p.txt", _fresh_vocabulary()) == usual
        assert compiling.made() == {}  # every pattern from the file


def _fresh_vocabulary():
    """The built-in vocabulary, with none of its patterns compiled yet."""
    from mantelzorg_cli.measures import frozen

    with open(frozen.SOURCE, "rb") as file:
        return frozen.thawed(file.read())


def test_the_programs_own_patterns_are_kept_and_come_back_as_re_compiles_them(cache, tmp_path):
    # The modules compile their patterns as they load: a run keeps them, and the next
    # compiles none of them (a page and a text: every front end is loaded).
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><pre>{VEENHOVEN.read_text(encoding='utf-8')}</pre></body></html>")
    assert run(VEENHOVEN, page, "-f", "jsonl", env={**os.environ}).returncode == 0
    loads = (
        "import mantelzorg_cli.cli, mantelzorg_cli.pipeline, mantelzorg_cli.frontends.webpage;"
        "from mantelzorg_cli import compiling; print(len(compiling.known()), len(compiling.made()))"
    )
    known, made = subprocess.check_output([sys.executable, "-c", loads], env={**os.environ}).split()
    assert int(known) > 60 and int(made) == 0
    kept = pattern_cache._read(str(cache))
    own = {key for key in kept if key[1] != re.IGNORECASE}  # (the vocabulary's have it)
    assert len(own) > 40
    for source, flags in kept:
        assert compiling.compiled(source, flags) == re.compile(source, flags)


def test_a_pattern_in_error_raises_as_re_compile_would(cache):
    with pytest.raises(re.error):
        compiling.compiled("(unclosed")


def test_a_re_built_otherwise_means_compiling_as_usual(cache, monkeypatch):
    def changed(*args):
        raise AttributeError("'SubPattern' object has no attribute 'state'")

    monkeypatch.setattr(compiling._compiler, "_code", changed)
    found = compiling.compiled(r"\bthuis ?werk\w*", re.I).search("Thuiswerken")
    assert found.span() == (0, 11)
    assert compiling.made() == {}


# --- the red team's findings ------------------------------------------------


def test_a_named_pipe_in_place_of_the_file_is_not_waited_for(cache):
    cache.parent.mkdir(exist_ok=True)
    os.mkfifo(cache)
    result = run(VEENHOVEN, "-f", "jsonl", env={**os.environ}, timeout=20)
    assert result.returncode == 0
    assert result.stdout == _usual_output()


def _swapped(cache) -> None:
    """The file with each pattern's code given to the next pattern, its checksum made good:
    code that runs, and finds other words."""
    import marshal
    import zlib

    head, machine, _, payload = cache.read_bytes().split(b"\n", 3)
    patterns = marshal.loads(payload)
    sources = list(patterns)
    moved = [patterns[source] for source in sources[1:] + sources[:1]]
    swapped = marshal.dumps(dict(zip(sources, moved, strict=True)))
    cache.write_bytes(b"\n".join([head, machine, b"%08x" % zlib.crc32(swapped), swapped]))


def _usual_output() -> bytes:
    return run(VEENHOVEN, "-f", "jsonl", env={**os.environ, "MZEXTRACT_CACHE": ""}).stdout


def test_a_file_others_can_write_to_is_not_read(cache):
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).returncode == 0
    _swapped(cache)
    cache.chmod(0o666)
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).stdout == _usual_output()


def test_a_file_in_a_folder_others_can_write_to_is_not_read(cache):
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).returncode == 0
    _swapped(cache)
    cache.parent.chmod(0o1777)  # (a shared folder such as /tmp)
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).stdout == _usual_output()
    assert cache.parent.stat().st_mode & 0o7777 == 0o1777  # not made private behind one's back


def test_a_file_of_another_user_is_not_read(cache, monkeypatch):
    _kept_once(SOURCES[:5])
    compiling.forget()
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(cache).st_uid + 1)
    with kept_patterns():
        assert compiling._known == {}


def test_a_relative_xdg_cache_home_is_ignored_as_the_specification_says(monkeypatch, tmp_path):
    monkeypatch.delenv("MZEXTRACT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_file() == str(tmp_path / ".cache" / "mzextract" / "patterns")


def test_a_file_left_half_written_by_a_killed_run_is_removed_by_the_next_that_writes(cache):
    cache.parent.mkdir(exist_ok=True)
    left = cache.parent / ".patterns.k1ll3d_x.partial"  # (as a run names it)
    others = [cache.parent / name for name in (".patterns.bak", ".patterns.ABCDEFGH", ".patterns.")]
    for file in [left, *others]:
        file.write_bytes(b"x" * 1000)
        os.utime(file, (0, 0))  # long ago
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).returncode == 0
    assert cache.exists()
    assert not left.exists()
    assert all(other.exists() for other in others)  # not a run's: someone's own


# --- the second red team's findings -------------------------------------------


def test_a_folder_is_only_made_inside_a_folder_of_the_users(cache, monkeypatch):
    # `sudo mzextract` with the user's HOME: root must not leave a folder the user
    # cannot delete in the user's cache.
    owner = os.stat(cache.parent).st_uid
    monkeypatch.setenv("MZEXTRACT_CACHE", str(cache.parent / "new"))
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)
    _kept_once(SOURCES[:3])
    assert not (cache.parent / "new").exists()


def test_a_relative_or_missing_home_means_no_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("MZEXTRACT_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", "relative-home")
    assert cache_file() is None
    monkeypatch.setenv("HOME", str(tmp_path / "gone"))
    assert cache_file() is None
    _kept_once(SOURCES[:3])
    assert list(tmp_path.iterdir()) == []


def test_a_link_in_place_of_the_file_is_not_followed(cache, tmp_path):
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).returncode == 0
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    (shared / "p").write_bytes(cache.read_bytes())
    cache.unlink()
    cache.symlink_to(shared / "p")
    _swapped(shared / "p")
    assert run(VEENHOVEN, "-f", "jsonl", env={**os.environ}).stdout == _usual_output()


def test_what_a_run_keeps_is_bounded_by_the_vocabulary_not_by_its_profiles(cache):
    # A `together` pattern made for one sentence's words was kept too: 45 of them, 1.6 MB,
    # for the 158 profiles of the measure corpus, and more with every profile.
    vocabulary = _fresh_vocabulary()
    sources = {
        clue.source
        for measure in vocabulary.measures
        for clue in (*measure.clues, *measure.with_clues, *measure.exceptions)
    }
    corpus = sorted((VEENHOVEN.parents[1] / "tests" / "measure_corpus" / "profiles").iterdir())
    for profile in corpus:
        extract(profile.read_bytes(), profile.name, vocabulary)
    assert compiling.made()
    assert compiling.made().keys() <= {(source, re.IGNORECASE) for source in sources}


# --- the third red team's findings --------------------------------------------


@pytest.mark.parametrize("umask", [0o000, 0o777])
def test_missing_folders_are_made_the_users_alone_whatever_the_umask(cache, umask):
    # `~/.cache` made 0777 under umask 000 let another user put a link in its place.
    folder = cache.parent / "made" / "here"
    os.environ["MZEXTRACT_CACHE"] = str(folder)  # (the fixture puts it back)
    before = os.umask(umask)
    try:
        _kept_once(SOURCES[:3])
    finally:
        os.umask(before)
    assert (folder / "patterns").is_file()
    assert [oct(path.stat().st_mode & 0o777) for path in (folder.parent, folder)] == ["0o700"] * 2


def test_a_link_in_place_of_the_folder_is_not_followed(cache, tmp_path):
    # Another user who can write where the folder is (or names it, in /tmp) puts a link
    # there to a folder of yours: nothing of yours is replaced or removed, nor read.
    yours = tmp_path / "yours"
    yours.mkdir(mode=0o700)
    (yours / "patterns").write_text("precious")
    stale = yours / ".patterns.notes123.partial"
    stale.write_text("notes")
    os.utime(stale, (0, 0))
    link = tmp_path / "link"
    link.symlink_to(yours)
    os.environ["MZEXTRACT_CACHE"] = str(link)
    _kept_once(SOURCES[:3])
    assert (yours / "patterns").read_text() == "precious"
    assert stale.exists()
    # a cache of the user's own, read through a link to its folder: not read
    os.environ["MZEXTRACT_CACHE"] = str(yours)
    (yours / "patterns").unlink()
    _kept_once(SOURCES[:3])
    compiling.forget()
    os.environ["MZEXTRACT_CACHE"] = str(link)
    with kept_patterns():
        assert compiling.known() == {}


def test_an_empty_home_means_no_cache(monkeypatch):
    # os.path.expanduser reads HOME="" as /: root's runs kept patterns in /.cache.
    monkeypatch.delenv("MZEXTRACT_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    assert cache_file() is None


def test_running_out_of_memory_in_the_cache_is_never_a_traceback(cache, monkeypatch):
    def out_of_memory(*args):
        raise MemoryError

    compiling.forget()
    monkeypatch.setattr(compiling, "remember", out_of_memory)
    monkeypatch.setattr(compiling, "made", out_of_memory)
    with kept_patterns():  # reading the file, then keeping what the run made
        compiling.compiled(SOURCES[0], re.IGNORECASE)


def test_a_relative_folder_still_to_be_made_is_made_in_the_working_folder(tmp_path):
    environment = {**os.environ, "MZEXTRACT_CACHE": "relative/new"}
    done = run(VEENHOVEN, "-f", "jsonl", env=environment, cwd=tmp_path, timeout=20)
    assert done.returncode == 0
    assert (tmp_path / "relative" / "new" / "patterns").is_file()
