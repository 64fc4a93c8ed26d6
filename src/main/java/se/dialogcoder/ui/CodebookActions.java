package se.dialogcoder.ui;

import se.dialogcoder.model.Code;

/** Codebook edits that need a dialog (the window implements them). */
interface CodebookActions {
    void add(Code parent);

    void rename(Code code);

    void recolour(Code code);

    void describe(Code code);

    void merge(Code code);

    void delete(Code code);
}
