/**
 * Import of raw material: files become normalised text with units (paragraphs and speaker turns), a kind
 * (transcript or notes), a dialogue date and a county.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link se.dialogcoder.ingest.Readers#read(java.nio.file.Path)}: reads .txt .md .docx .pdf .vtt .srt
 *       into a {@link se.dialogcoder.ingest.ParsedDocument}; every failure is an
 *       {@link se.dialogcoder.ingest.ImportException} naming the file and the reason in plain words;</li>
 *   <li>{@link se.dialogcoder.ingest.CountyDetector#detect(String, String)}: the county from the file name or
 *       the beginning of the text;</li>
 *   <li>{@link se.dialogcoder.ingest.TextDecoder}, {@link se.dialogcoder.ingest.TextNormaliser} and
 *       {@link se.dialogcoder.ingest.UnitSplitter}: the text pipeline every reader shares.</li>
 * </ul>
 *
 * <p>Offsets of units are Unicode code points over the normalised text, start inclusive, end exclusive.
 * Size limits are in {@link se.dialogcoder.ingest.Limits}. This package depends only on
 * {@code se.dialogcoder.model}, Apache POI and PDFBox; it holds no mutable static state, so readers can be
 * used from any thread.
 */
package se.dialogcoder.ingest;
