"""JSON Schemas generated from the pydantic models: the files in schemas/ are this module's output.

Regenerate with ``timeline schema --write schemas/``; tests/render/test_schemas.py fails when the
checked-in files drift from the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from timeline.models import SCHEMA_VERSION, EventsFile, Timeline, TimelineJSDocument

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "timeline": Timeline,
    "events": EventsFile,
    "timelinejs": TimelineJSDocument,
}
SCHEMA_TITLES = {
    "timeline": "timeline build --format json output",
    "events": "hand-curated events file",
    "timelinejs": "timeline build --format timelinejs output (TimelineJS3 JSON)",
}


def schema_id(name: str) -> str:
    return f"urn:timeline-news:schema:{name}:{SCHEMA_VERSION}"


def file_name(name: str) -> str:
    return f"{name}.schema.json"


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a named document kind; KeyError names the kinds there are."""
    try:
        model = SCHEMA_MODELS[name]
    except KeyError:
        raise KeyError(f"unknown schema {name!r}; choose one of: {', '.join(SCHEMA_MODELS)}") from None
    generated = model.model_json_schema(mode="validation")
    header = {"$schema": DRAFT, "$id": schema_id(name), "title": SCHEMA_TITLES[name]}
    return header | {key: value for key, value in generated.items() if key != "title"}


def schema_text(name: str) -> str:
    """The schema as the checked-in file holds it: sorted keys, two-space indent, final newline."""
    return json.dumps(schema(name), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_MODELS:
        path = directory / file_name(name)
        path.write_text(schema_text(name), encoding="utf-8")
        written.append(path)
    return written
