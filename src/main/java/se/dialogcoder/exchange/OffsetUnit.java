package se.dialogcoder.exchange;

/** What a program counts when it writes a selection's {@code startPosition} and {@code endPosition}. */
public enum OffsetUnit {
    /** Unicode code points, as REFI-QDA 1.5 §10.2 says (QualCoder, MAXQDA, ATLAS.ti, f4, DialogCoder). */
    CODE_POINTS,
    /** UTF-16 code units: a character outside the BMP (an emoji, 𝔸) counts as two (NVivo). */
    UTF16
}
