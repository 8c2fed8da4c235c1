"""schemas/ is generated from the models and must not drift from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from timeline.cli import cli
from timeline.schemas import SCHEMA_MODELS, file_name, schema_text

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("name", list(SCHEMA_MODELS))
def test_checked_in_schema_matches_the_models(name: str) -> None:
    checked_in = (SCHEMAS / file_name(name)).read_text(encoding="utf-8")
    assert checked_in == schema_text(name), f"schemas/ drifted: run `timeline schema --write schemas/` ({name})"


@pytest.mark.parametrize("name", list(SCHEMA_MODELS))
def test_schema_is_draft_2020_12_with_id_and_descriptions(name: str) -> None:
    document = json.loads(schema_text(name))
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"].endswith(f":{name}:1")
    assert document["description"]
    assert all(definition.get("description") for definition in document["$defs"].values())
    objects = [document, *document["$defs"].values()]
    undescribed = [
        (entry.get("title"), field)
        for entry in objects
        for field, prop in entry.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []


def test_schema_command_prints_one_and_writes_all(tmp_path: Path) -> None:
    runner = CliRunner()
    printed = runner.invoke(cli, ["schema", "events"])
    assert printed.exit_code == 0
    assert printed.output == schema_text("events")
    written = runner.invoke(cli, ["schema", "--write", str(tmp_path)])
    assert written.exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "events.schema.json",
        "timeline.schema.json",
        "timelinejs.schema.json",
    ]
