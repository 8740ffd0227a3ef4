package org.contactpoint.tools.generate;

/** The source systems the generator writes, one feed file each, and how often a child appears in each. */
enum SourceSystem {
    /** NHS Personal Demographics Service: every child with an NHS number; postcodes often missing or stale. */
    NHS_PDS("NHS-PDS"),
    /** DfE school census: children of school age, with UPN and setting; nicknames common. */
    DFE_SCHOOLS("DFE-SCHOOLS"),
    /** DWP/HMRC child benefit: most children, names often in capitals, claimant as parent. */
    DWP_CB("DWP-CB"),
    /** A local authority's children's social care system: a few children, with services working with them. */
    LA_CSC("LA-CSC");

    private final String code;

    SourceSystem(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    String fileName() {
        return code + ".jsonl";
    }
}
