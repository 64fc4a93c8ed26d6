package se.dialogcoder.ui;

import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/** A row of the document navigator: a county (or "Okänt län") with its count, or a document. */
sealed interface NavItem {
    record CountyRow(County county, int documents) implements NavItem {
    }

    record DocumentRow(Document document) implements NavItem {
    }
}
