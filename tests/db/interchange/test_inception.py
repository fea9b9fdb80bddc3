"""INCEpTION's UIMA CAS XMI (XML 1.0), read and written with dkpro-cassis, INCEpTION's own
Python library: a ZIP of `.xmi` files and `TypeSystem.xml`, as INCEpTION exports them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.export import export_project

cassis = pytest.importorskip("cassis", reason="dkpro-cassis is in the interop extra")

NER = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
FIREFIGHTER = "👨🏻‍🚒 firemen drive firetrucks"


def _project(store: Store) -> str:
    ana = store.ensure_annotator("Ana")
    article = store.add_article(FIREFIGHTER, title="Firefighters", url="https://example.org/f")
    store.add_annotation(article.id, 19, 29, store.tag_by_name("Statistic").id, ana.id)
    return article.id


def test_an_inception_export_is_what_cassis_reads_with_uimas_utf16_offsets(store, tmp_path):
    article_id = _project(store)
    out = tmp_path / "inception.zip"
    report = export_project(store, "inception", out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(["TypeSystem.xml", f"{article_id}.xmi"])
        types = cassis.load_typesystem(io.BytesIO(archive.read("TypeSystem.xml")))
        xmi = archive.read(f"{article_id}.xmi")
    assert b'begin="22" end="32"' in xmi, "UIMA counts UTF-16 units, as Java does"
    cas = cassis.load_cas_from_xmi(io.BytesIO(xmi), typesystem=types)
    [entity] = cas.select(NER)
    assert (entity.get_covered_text(), entity.value) == ("firetrucks", "Statistic")
    [metadata] = cas.select(METADATA)
    assert (metadata.documentId, metadata.documentTitle) == (article_id, "Firefighters")
    assert any("annotators, verdicts" in line for line in report.left_out)


def test_an_inception_export_comes_back_onto_the_same_characters_once(store, tmp_path):
    _project(store)
    out = tmp_path / "inception.zip"
    export_project(store, "inception", out)
    with Store.open(tmp_path / "other.claimdesk") as other:
        report = import_annotations(other, out)
        assert (report.added, len(report.reanchored), len(report.orphans)) == (1, 0, 0)
        [annotation] = other.annotations()
        assert annotation.quote == "firetrucks"
        assert other.tag(annotation.tag_id).name == "Statistic"
        assert import_annotations(other, out).added == 0, "importing it again adds nothing"


def _inception_project_export(path: Path) -> Path:
    """A project export as INCEpTION writes one in its XMI format: DKPro Core's type system
    with a custom span layer, the text tokenised, each user's CAS at
    `annotation/<document>/<user>.xmi`."""
    types = cassis.load_dkpro_core_typesystem()
    if not types.contains_type(METADATA):  # cassis' copy lacks it; INCEpTION's has it
        meta = types.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
        for feature in ("documentTitle", "documentId", "documentUri", "collectionId"):
            types.create_feature(meta, feature, "uima.cas.String")
    layer = types.create_type("webanno.custom.Rating", supertypeName="uima.tcas.Annotation")
    types.create_feature(layer, "rating", "uima.cas.String")
    cas = cassis.Cas(typesystem=types)
    text = "🇫🇷 The minister said 40 % of schools close. It is false."
    cas.sofa_string = text
    meta = types.get_type(METADATA)
    cas.add(meta(begin=0, end=len(text), documentId="report.txt", documentTitle="report.txt"))
    token = types.get_type(TOKEN)
    for word in ("minister", "schools"):
        start = text.index(word)
        cas.add(token(begin=start, end=start + len(word)))
    entity = types.get_type(NER)
    start = text.index("40 %")
    cas.add(entity(begin=start, end=start + 4, value="Statistic"))
    start = text.index("minister")
    cas.add(entity(begin=start, end=start + 8))  # a named entity with no value
    start = text.index("It is false")
    cas.add(layer(begin=start, end=start + 11, rating="False claim"))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("annotation/report.txt/ana.xmi", cas.to_xmi())
        archive.writestr("annotation/report.txt/TypeSystem.xml", types.to_xml())
    return path


def test_an_inception_project_export_brings_each_users_spans_and_layers(store, tmp_path):
    path = _inception_project_export(tmp_path / "project.zip")
    report = import_annotations(store, path)
    assert (report.added, report.orphans, report.untagged) == (3, [], 1)
    spans = {
        (a.quote, store.tag(a.tag_id).name, store.annotator(a.annotator_id).name)
        for a in store.annotations()
    }
    assert spans == {
        ("40 %", "Statistic", "ana"),
        ("minister", "Untagged", "ana"),
        ("It is false", "False claim", "ana"),
    }
    assert "annotations of other layers left out: Token (2)" in report.summary()


def test_inception_files_that_are_not_safe_or_whole_are_refused_in_one_line(store, tmp_path):
    xmi = tmp_path / "alone.xmi"
    xmi.write_bytes(b"<xmi:XMI/>")
    with pytest.raises(ValidationError, match=r"needs the TypeSystem\.xml"):
        import_annotations(store, xmi)
    (tmp_path / "TypeSystem.xml").write_text(
        '<!DOCTYPE x [<!ENTITY a "aaaa">]><typeSystemDescription/>', encoding="utf-8"
    )
    with pytest.raises(ValidationError, match="DOCTYPE or entities is refused"):
        import_annotations(store, xmi)
    assert store.annotations() == [] and store.articles() == []
