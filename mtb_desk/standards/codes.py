"""Code systems and codes the HL7 Genomics Reporting IG (STU3, 3.0.0) documents.

Sources: the IG's profiles genomic-report, variant, molecular-biomarker,
therapeutic-implication and medication-recommendation, and its examples (LOINC answer codes).
"""

from __future__ import annotations

import csv
from functools import cache

IG = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition"
PROFILE_REPORT = f"{IG}/genomic-report"
PROFILE_VARIANT = f"{IG}/variant"
PROFILE_BIOMARKER = f"{IG}/molecular-biomarker"
PROFILE_THERAPEUTIC = f"{IG}/therapeutic-implication"
PROFILE_MED_RECOMMENDATION = f"{IG}/medication-recommendation"
EXT_RECOMMENDED_ACTION = f"{IG}/recommended-action"

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
SEQUENCE_ONTOLOGY = "http://sequenceontology.org"
NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"
ONCOTREE = "http://oncotree.mskcc.org"
REFSEQ = "http://www.ncbi.nlm.nih.gov/refseq"
CLINICAL_TRIALS = "http://clinicaltrials.gov/"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
DIAGNOSTIC_SERVICE = "http://terminology.hl7.org/CodeSystem/v2-0074"
TBD_CODES = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"
BIOMARKER_ONTOLOGY = (
    "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/molecular-biomarker-ontology-cs"
)
STUDY_ID_SYSTEM = "urn:mtb-desk:study-id"
NATIONAL_ID_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.1"  # Norwegian fødselsnummer

# (code, display) pairs
GENETIC_ANALYSIS_REPORT = ("51969-4", "Genetic analysis report")
VARIANT_ASSESSMENT = ("69548-6", "Genetic variant assessment")
PRESENT = ("LA9633-4", "Present")
GENE_STUDIED = ("48018-6", "Gene studied [ID]")
CODING_HGVS = ("48004-6", "DNA change (c.HGVS)")
PROTEIN_HGVS = ("48005-3", "Amino acid change (pHGVS)")
TRANSCRIPT = ("51958-7", "Transcript reference sequence [ID]")
ALLELE_FREQUENCY = ("81258-6", "Sample variant allelic frequency [NFr]")
READ_DEPTH = ("82121-5", "Allelic read depth")
COPY_NUMBER = ("82155-3", "Genomic structural variant copy number")
CHANGE_TYPE = ("48019-4", "DNA change type")
SOURCE_CLASS = ("48002-0", "Genomic source class [Type]")
SOMATIC = ("LA6684-0", "Somatic")
ORIGINS = {"somatic": SOMATIC, "germline": ("LA6683-2", "Germline")}
REFERENCE_ASSEMBLY = ("62374-4", "Human reference sequence assembly version")
ASSEMBLIES = {"GRCh37": ("LA14029-5", "GRCh37"), "GRCh38": ("LA26806-2", "GRCh38")}
SEQUENCING = ("LA26398-0", "Sequencing")
TMB = ("94076-7", "Mutations/Megabase [# Ratio] in Tumor")
MSI = ("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")
MSI_ANSWERS = {
    "msi-high": ("LA26203-2", "MSI-H"),
    "mss": ("LA14122-8", "Stable"),
    "indeterminate": ("LA11884-6", "Indeterminate"),
}
MEDICATION_ASSESSED = ("51963-7", "Medication assessed [ID]")
EVIDENCE_LEVEL = ("93044-6", "Level of evidence")
TREATMENT_CONTEXT = ("81259-4", "Associated phenotype")
RESPONSIVE = ("LA6677-4", "Responsive")
CONSIDER_MEDICATION = ("LA26421-0", "Consider alternative medication")
TUMOUR_SPECIMEN = {
    "tissue": ("258435002", "Tumor tissue sample (specimen)"),
    "blood": ("119297000", "Blood specimen (specimen)"),
}

# Sequence Ontology terms for the change type, by finding kind / CNV call.
SO_CHANGE = {
    "snv": ("SO:0001483", "SNV"),
    "mnv": ("SO:0002007", "MNV"),
    "indel": ("SO:1000032", "delins"),
    "fusion": ("SO:0001565", "gene_fusion"),
    "splice": ("SO:0001568", "splicing_variant"),
    "amplification": ("SO:0001742", "copy_number_gain"),
    "gain": ("SO:0001742", "copy_number_gain"),
    "loss": ("SO:0001743", "copy_number_loss"),
    "deletion": ("SO:0001743", "copy_number_loss"),
}

HGNC_FILENAME = "hgnc_ids.tsv"


@cache
def builtin_hgnc_ids() -> dict[str, str]:
    """Approved symbol → HGNC id ("BRAF" → "HGNC:1097") from ``assets/hgnc_ids.tsv``."""
    from mtb_desk.resources import assets_dir

    path = assets_dir() / HGNC_FILENAME
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["symbol"]: row["hgnc_id"] for row in rows}
