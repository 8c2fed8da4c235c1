"""A markdown-it-py plugin: a fenced ```timeline block becomes the timeline's HTML fragment.

The block holds events (YAML or JSON, the events-file schema of ``timeline validate``; a bare list
of events is accepted too) or the path of a timeline/events file. Invalid content renders as a
visible error box with the validation messages: never a crash, never a silently empty block.

    from markdown_it import MarkdownIt
    from timeline.markdown_plugin import timeline_plugin
    html = MarkdownIt().use(timeline_plugin, base_dir=Path("docs")).render(text)

For MkDocs, ``superfences_formatter`` is a pymdownx.superfences custom fence (docs/static-sites.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML, RendererProtocol
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from timeline.curated import timeline_from_document
from timeline.errors import InputError
from timeline.models import Timeline
from timeline.render.html import render_fragment
from timeline.render.safety import html_text
from timeline.validation import InvalidDocument, load_document, parse_document

FENCE_NAME = "timeline"
BLOCK_SOURCE = "timeline block"
EMPTY_BLOCK = "the block is empty: give events (YAML or JSON) or the path of a timeline JSON file"


def timeline_plugin(md: MarkdownIt, *, base_dir: Path | None = None) -> None:
    """Renders ```timeline fences; paths in them are read relative to ``base_dir`` (default: the cwd)."""
    default_fence = cast(RendererHTML, md.renderer).rules["fence"]

    def render_fence(
        renderer: RendererProtocol, tokens: Sequence[Token], index: int, options: OptionsDict, env: EnvType
    ) -> str:
        token = tokens[index]
        if token.info.split(maxsplit=1)[:1] != [FENCE_NAME]:
            return default_fence(tokens, index, options, env)
        count = env.get("timeline_blocks", 0) + 1
        env["timeline_blocks"] = count
        return fence_html(token.content, base_dir=base_dir, id_prefix=f"timeline-{count}-")

    md.add_render_rule("fence", render_fence)


def fence_html(source: str, *, base_dir: Path | None = None, id_prefix: str = "") -> str:
    """The fragment for a block's content, or an error box saying what is wrong with it."""
    try:
        timeline = timeline_of_block(source, base_dir or Path.cwd())
    except InvalidDocument as error:
        return error_box([f"{error.where} {problem}" for problem in error.problems])
    except InputError as error:
        return error_box([str(error)])
    return render_fragment(timeline, id_prefix=id_prefix)


def timeline_of_block(source: str, base_dir: Path) -> Timeline:
    document: Any = parse_document(source, "yaml", source=BLOCK_SOURCE)
    if document is None:
        raise InputError(EMPTY_BLOCK, source=BLOCK_SOURCE)
    if isinstance(document, str):
        path = base_dir / document.strip()
        return timeline_from_document(load_document(path), source=str(path))
    if isinstance(document, list):
        document = {"events": document}
    return timeline_from_document(document, source=BLOCK_SOURCE)


def error_box(messages: list[str]) -> str:
    items = "".join(f"<li>{html_text(message)}</li>" for message in messages)
    heading = "<p><strong>This timeline could not be shown:</strong></p>"
    return f'<div class="timeline-error" role="alert">{heading}<ul>{items}</ul></div>\n'


def superfences_formatter(
    source: str, language: str, css_class: str, options: dict[str, Any], md: Any, **kwargs: Any
) -> str:
    """pymdownx.superfences custom fence ``format``: paths are relative to where mkdocs runs."""
    return fence_html(source)
