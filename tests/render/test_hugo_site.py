"""A real Hugo build of examples/sites/hugo fed hostile articles: payloads shown as text, no secret leaked.

The timeline goes in the three ways docs/static-sites.md recommends: the JSON as site data (rendered
by the example's layouts/index.html), the HTML fragment as a partial, and the Markdown as a content
page (where Hugo also runs shortcodes). A control partial with the raw payload proves the site would
leak the secret if our output carried live template code.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from timeline.render import render

from .test_template_safety import PAYLOADS, build_corpus, visible_text

HUGO = shutil.which("hugo")
SITE = Path(__file__).resolve().parents[2] / "examples" / "sites" / "hugo"
SECRET = "HUGO-SECRET-91c2"
PAGE_LAYOUT = (
    '<!DOCTYPE html>\n<html><body>{{ partial "timeline.html" . }}<article>{{ .Content }}</article></body></html>\n'
)
CONTROL_LAYOUT = '<!DOCTYPE html>\n<html><body>{{ partial "control.html" . }}</body></html>\n'
# Payloads that Hugo would evaluate in a partial or a content page (shortcodes) if they got through.
HUGO_PAYLOADS = [payload for payload in PAYLOADS if payload.startswith("{{")]

# Hugo's Markdown (Goldmark's typographer) curls straight quotes in content pages.
TYPOGRAPHER_QUOTES = str.maketrans("“”", '""')

pytestmark = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("hugo") / "site"
    shutil.copytree(SITE, site)
    with (site / "hugo.toml").open("a", encoding="utf-8") as config:
        config.write(f'\n[params]\napiKey = "{SECRET}"\n')
    timeline = build_corpus()
    (site / "data" / "timeline.json").write_text(render(timeline, "json"), encoding="utf-8")
    partials = site / "layouts" / "partials"
    (partials / "timeline.html").write_text(render(timeline, "html-fragment"), encoding="utf-8")
    (partials / "control.html").write_text("{{ site.Params.apiKey }}", encoding="utf-8")
    (site / "content").mkdir()
    for name, layout in (("timeline", PAGE_LAYOUT), ("control", CONTROL_LAYOUT)):
        (site / "layouts" / "_default").mkdir(exist_ok=True)
        (site / "layouts" / "_default" / f"{name}.html").write_text(layout, encoding="utf-8")
        body = render(timeline, "markdown") if name == "timeline" else ""
        page = f"---\ntitle: {name}\nlayout: {name}\n---\n\n{body}"
        (site / "content" / f"{name}.md").write_text(page, encoding="utf-8")
    result = subprocess.run(
        [str(HUGO), "--source", str(site), "--destination", str(site / "public"), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr  # one article cannot stop the site from building
    return site / "public"


def test_the_site_builds_and_leaks_no_secret(built_site: Path) -> None:
    pages = {
        path.relative_to(built_site).as_posix(): path.read_text(encoding="utf-8") for path in built_site.rglob("*.html")
    }
    assert {"index.html", "timeline/index.html", "control/index.html"} <= set(pages)
    assert SECRET in pages["control/index.html"]  # the harness detects a leak
    assert not [name for name, text in pages.items() if SECRET in text and name != "control/index.html"]


def test_data_file_page_shows_every_event_as_written(built_site: Path) -> None:
    shown = visible_text((built_site / "index.html").read_text(encoding="utf-8"))
    texts = [event.text for event in build_corpus().events]
    assert all(text in shown for text in texts), [text for text in texts if text not in shown]
    assert all(payload in shown for payload in HUGO_PAYLOADS)


def test_fragment_partial_and_markdown_page_show_the_payloads_as_text(built_site: Path) -> None:
    html = (built_site / "timeline" / "index.html").read_text(encoding="utf-8")
    fragment, content = html.split("<article>", 1)
    for part in (fragment, content):
        shown = visible_text(part).translate(TYPOGRAPHER_QUOTES)
        assert all(payload in shown for payload in HUGO_PAYLOADS), [p for p in HUGO_PAYLOADS if p not in shown]
