package se.dialogcoder.model;

/** What importing a codebook did: codes added, and codes left alone because the project already had them. */
public record ImportCount(int added, int alreadyPresent) {
}
