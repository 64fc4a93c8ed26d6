package se.dialogcoder.model;

/** The project's own facts: a stable id (UUID), a name, the default round, and when it was created. */
public record ProjectInfo(String id, String name, String round, String createdAt, int schemaVersion) {
}
