"""The public surface: one door (`lunamission`), an honest `__all__`, documented names."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import lunamission as lm


def test_all_is_sorted_unique_and_importable() -> None:
    names = lm.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(lm, name), name


def test_every_public_attribute_is_listed() -> None:
    modules = {name for _, name, _ in pkgutil.iter_modules(lm.__path__)}
    public = {
        name
        for name, value in vars(lm).items()
        if not name.startswith("_") and name not in modules and not inspect.ismodule(value)
    }
    public.discard("annotations")  # from __future__
    assert public <= set(lm.__all__), sorted(public - set(lm.__all__))


@pytest.mark.parametrize("name", [n for n in lm.__all__ if not n.startswith("_")])
def test_public_names_are_documented(name: str) -> None:
    value = getattr(lm, name)
    if inspect.isclass(value) or inspect.isfunction(value):
        assert inspect.getdoc(value), f"{name} has no docstring"


def test_errors_are_value_errors_under_one_root() -> None:
    """Every exception we raise is a LunamissionError; warnings are warnings."""
    for name in lm.__all__:
        value = getattr(lm, name)
        if (
            inspect.isclass(value)
            and issubclass(value, Exception)
            and not issubclass(value, Warning)
        ):
            assert issubclass(value, lm.LunamissionError)
            assert issubclass(value, ValueError)


def test_version_is_a_string() -> None:
    assert isinstance(lm.__version__, str) and lm.__version__.count(".") == 2


def test_every_module_imports_cleanly() -> None:
    for info in pkgutil.walk_packages(lm.__path__, prefix="lunamission."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
