package se.dialogcoder.store;

import se.dialogcoder.model.ProjectInfo;

/** The project itself: its facts and memo. */
public interface ProjectData {
    ProjectInfo info() throws StoreException;

    void rename(String name) throws StoreException;

    /** Sets the project's default round (null for none). */
    void setRound(String round) throws StoreException;

    /** The project memo (null when none). */
    String memo() throws StoreException;

    void setMemo(String memo) throws StoreException;
}
