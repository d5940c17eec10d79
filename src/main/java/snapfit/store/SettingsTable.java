package snapfit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;

/** The {@code settings} table: named integers that describe how the stored matches were made and indexed. */
final class SettingsTable {

    private SettingsTable() {
    }

    static OptionalInt get(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /** Sets {@code name} to {@code value}, or removes it when {@code value} is empty. */
    static void put(Connection connection, String name, OptionalInt value) throws SQLException {
        if (value.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM settings WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setInt(2, value.getAsInt());
            insert.executeUpdate();
        }
    }
}
