"""The concept lexicon: canonical medical concepts, their synonyms and what each is a kind of."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.errors import DataError
from pipeline.patterns import read_yaml

CONCEPT_TYPES = ("disease", "treatment", "drug_class", "drug", "outcome", "harm", "cell", "biomarker", "body",
                 "population")
# the types that name what a claim is about, rather than what it says of it: its subject
SUBJECT_TYPES = ("treatment", "drug_class", "drug", "disease")


@dataclass(frozen=True)
class Concept:
    id: str
    type: str
    terms: tuple[str, ...]
    broader: tuple[str, ...]  # transitive closure: every concept this one is a kind of


@lru_cache(maxsize=1)
def load_concepts() -> dict[str, Concept]:
    where = "pipeline/lexicons/concepts.yml"
    entries = read_yaml("lexicons/concepts.yml")["concepts"]
    direct: dict[str, dict] = {}
    for index, entry in enumerate(entries):
        unknown = set(entry) - {"id", "type", "terms", "broader"}
        if unknown or not entry.get("id") or not entry.get("terms"):
            raise DataError(f"concept {index + 1}: needs id and terms, may have type and broader", where)
        if entry["id"] in direct:
            raise DataError(f"duplicate concept id {entry['id']!r}", where)
        if entry.get("type") not in CONCEPT_TYPES:
            raise DataError(f"concept {entry['id']!r}: type must be one of {CONCEPT_TYPES}", where)
        direct[entry["id"]] = entry
    concepts = {}
    for concept_id, entry in direct.items():
        seen: list[str] = []
        stack = list(entry.get("broader", []))
        while stack:
            parent = stack.pop()
            if parent not in direct:
                raise DataError(f"concept {concept_id!r}: unknown broader concept {parent!r}", where)
            if parent not in seen and parent != concept_id:
                seen.append(parent)
                stack.extend(direct[parent].get("broader", []))
        concepts[concept_id] = Concept(concept_id, entry["type"], tuple(entry["terms"]), tuple(seen))
    return concepts
