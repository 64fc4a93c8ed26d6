package se.dialogcoder.model;

/** A person who codes. */
public record Coder(long id, String name) {
}
