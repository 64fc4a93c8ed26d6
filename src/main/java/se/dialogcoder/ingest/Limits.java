package se.dialogcoder.ingest;

import se.dialogcoder.model.UserMessage;
/**
 * Size limits of the import. Files above these limits are refused with a clear message before anything is
 * parsed, so a stray video or a zip bomb cannot exhaust memory.
 *
 * <ul>
 *   <li>text formats (.txt, .md, .vtt, .srt): at most {@value #MAX_TEXT_FILE_BYTES} bytes (16 MiB) on disk;</li>
 *   <li>Word and PDF files (.docx, .pdf): at most {@value #MAX_PACKED_FILE_BYTES} bytes (64 MiB) on disk;</li>
 *   <li>extracted text of any file: at most {@value #MAX_TEXT_CHARS} characters (16 Mi UTF-16 chars);</li>
 *   <li>inside a .docx: each XML part at most {@value #MAX_DOCX_PART_BYTES} bytes unpacked, all XML parts
 *       together at most {@value #MAX_DOCX_TOTAL_XML_BYTES} bytes, at most {@value #MAX_DOCX_ENTRIES}
 *       entries.</li>
 * </ul>
 */
public final class Limits {
    /** Largest text file (.txt, .md, .vtt, .srt) accepted: 16 MiB. */
    public static final long MAX_TEXT_FILE_BYTES = 16L * 1024 * 1024;
    /** Largest Word or PDF file (.docx, .pdf) accepted: 64 MiB. */
    public static final long MAX_PACKED_FILE_BYTES = 64L * 1024 * 1024;
    /** Longest text extracted from one file: 16 Mi characters. */
    public static final int MAX_TEXT_CHARS = 16 * 1024 * 1024;
    /** Largest unpacked XML part inside a .docx: 128 MiB. */
    public static final long MAX_DOCX_PART_BYTES = 128L * 1024 * 1024;
    /** Largest sum of unpacked XML parts inside a .docx: 256 MiB. */
    public static final long MAX_DOCX_TOTAL_XML_BYTES = 256L * 1024 * 1024;
    /** Most entries accepted inside a .docx. */
    public static final int MAX_DOCX_ENTRIES = 10_000;

    static final UserMessage TEXT_FILE_TOO_LARGE = UserMessage.of("err.import.textFileTooLarge",
            "the file is larger than the 16 MiB limit for text files");
    static final UserMessage PACKED_FILE_TOO_LARGE = UserMessage.of("err.import.packedFileTooLarge",
            "the file is larger than the 64 MiB limit for Word and PDF files");
    static final UserMessage TEXT_TOO_LONG = UserMessage.of("err.import.textTooLong",
            "the extracted text is larger than the 16 MiB limit");

    private Limits() {
    }

    static void checkTextLength(java.nio.file.Path file, CharSequence text) throws ImportException {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ImportException(file, TEXT_TOO_LONG);
        }
    }
}
