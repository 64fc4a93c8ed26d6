package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Who is connected to a team database: the login role ({@code session_user}), its coder and whether it is a lead.
 * Read once when a project is opened; a role that is not in the team (the owner, an administrator) has none.
 */
record TeamMember(String role, String coderName, boolean lead) {
    /** The connected role's membership, when the schema has a team (version 2 on) and the role is in it. */
    static Optional<TeamMember> of(Connection c, int schemaVersion) throws SQLException {
        if (schemaVersion < 2) {
            return Optional.empty();
        }
        String role;
        long coderId;
        boolean lead;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT session_user, dialogcoder_coder_id(), dialogcoder_is_lead()")) {
            r.next();
            role = r.getString(1);
            coderId = r.getLong(2);
            if (r.wasNull()) {
                return Optional.empty();
            }
            lead = r.getBoolean(3);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM coder WHERE id = ?")) {
            ps.setLong(1, coderId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(new TeamMember(role, r.getString(1), lead)) : Optional.empty();
            }
        }
    }

    /** The role's name as the server knows it, for messages about a connection without a team membership. */
    static String sessionUser(Connection c) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT session_user")) {
            return r.next() ? r.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }
}
