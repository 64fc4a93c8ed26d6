package se.dialogcoder.store.postgres;

import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.ProjectData;
import se.dialogcoder.store.StoreException;

/** The single row of facts about the project. */
final class PgProjectData implements ProjectData {
    private final Db db;

    PgProjectData(Db db) {
        this.db = db;
    }

    void insert(String uuid, String name, String round, String createdAt) throws StoreException {
        db.update("INSERT INTO project(id, uuid, name, round, created_at) VALUES (1, ?, ?, ?, ?)", uuid, name, round,
                createdAt);
    }

    @Override
    public ProjectInfo info() throws StoreException {
        int version = PgMigrations.version(db);
        return db.one("SELECT uuid, name, round, created_at FROM project WHERE id = 1",
                r -> new ProjectInfo(r.getString(1), r.getString(2), r.getString(3), r.getString(4), version))
                .orElseThrow(() -> new StoreException(UserMessage.of("err.team.noProjectYet", "the database is ready "
                        + "for a team project but holds none yet: upload one with dialogcoder server push")));
    }

    @Override
    public void rename(String name) throws StoreException {
        db.update("UPDATE project SET name = ? WHERE id = 1", name);
    }

    @Override
    public void setRound(String round) throws StoreException {
        db.update("UPDATE project SET round = ? WHERE id = 1", round);
    }

    @Override
    public String memo() throws StoreException {
        return db.one("SELECT memo FROM project WHERE id = 1", r -> r.getString(1)).orElse(null);
    }

    @Override
    public void setMemo(String memo) throws StoreException {
        db.update("UPDATE project SET memo = ? WHERE id = 1", memo);
    }
}
