"""No test file imports the `tests` package: `from tests.conftest import ...` works only with the checkout's root on
sys.path, which CI's run does not have (round 39's test_nlp failed there with "No module named 'tests'"). The test
files import their shared helpers as `from conftest import ...`, which pytest's rootdir insertion makes work. A
conftest's `pytest_plugins = ["tests.…"]` names modules that pytest imports: it counts as an import too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
DYNAMIC = {"import_module", "__import__"}  # importlib.import_module("tests.conftest") imports it too
PLUGINS = "pytest_plugins"  # a module-level name: pytest imports the modules it lists (a string or a list of them)


def package_imports(source: str, name: str = "tests") -> list[tuple[int, str]]:
    """(line, statement) of each import of the package `name` or a module of it in a file's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:  # a relative import names no top package
            modules = [node.module or ""]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) in DYNAMIC \
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            modules = [node.args[0].value]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(target, ast.Name) and target.id == PLUGINS
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target])):
            modules = _named_modules(node.value)
        else:
            continue
        if any(module == name or module.startswith(name + ".") for module in modules):
            found.append((node.lineno, ast.get_source_segment(source, node) or ", ".join(modules)))
    return sorted(found)


def _named_modules(value: ast.expr | None) -> list[str]:
    """The module names a `pytest_plugins` value lists: one string, or a list or tuple of them."""
    items = value.elts if isinstance(value, (ast.List, ast.Tuple)) else [value]
    return [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]


def test_no_test_file_imports_the_tests_package():
    found = [f"{path.relative_to(TESTS.parent)}:{line}: {statement}"
             for path in sorted(TESTS.rglob("*.py"))
             for line, statement in package_imports(path.read_text(encoding="utf-8"))]
    assert not found, "import the helpers as `from conftest import ...`, not through `tests.`:\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    "from tests.conftest import SHOP\n",
    "import tests.conftest\n",
    "import os, tests\n",
    "from tests import conftest\n",
    "def f():\n    from tests.rules import helpers\n",
    "module = importlib.import_module('tests.conftest')\n",
    "module = __import__('tests')\n",
    "pytest_plugins = ['tests.fixtures_shop']\n",
    "pytest_plugins = ('pytester', 'tests.rules.helpers')\n",
    "pytest_plugins = 'tests.conftest'\n",
    "pytest_plugins: list[str] = ['tests.conftest']\n",
])
def test_an_import_of_the_tests_package_is_found(source):
    assert package_imports(source)


@pytest.mark.parametrize("source", [
    "from conftest import SHOP, flag_texts\n",
    "import testscenarios\n",  # another package whose name starts alike
    "from .helpers import x\n",
    "from pipeline.tests_data import x\n",
    "text = 'from tests.conftest import SHOP'\n",  # a string, not an import
    "module = importlib.import_module('testing.tools')\n",
    "pytest_plugins = ['pytester', 'testscenarios.plugin']\n",  # plugins outside the package
    "plugins = ['tests.conftest']\n",  # a list under another name is no plugin list
])
def test_other_imports_pass(source):
    assert not package_imports(source)
