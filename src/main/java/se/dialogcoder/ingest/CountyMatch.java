package se.dialogcoder.ingest;

import se.dialogcoder.model.County;

/**
 * A detected county and why: e.g. {@code file name "2025_skane_dialog.docx"} or
 * {@code text: "Region Skåne" (4 mentions)}.
 */
public record CountyMatch(County county, String evidence) {
}
