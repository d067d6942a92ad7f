package dev.retort.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keyset walk's statements, exactly: bounded offsets, row values or their expanded form, filters. */
class KeysetSqlTest {
    private static SqlText text(String sql, Object... params) {
        return new SqlText(sql, Arrays.asList(params));
    }

    private static Keyset keyset(String dialect, List<String> key, String filter) {
        return new Keyset(
                new RenderingSession(dialect),
                "large_table",
                key,
                Optional.ofNullable(filter).map(Condition::sql));
    }

    @Test
    void aSingleKeyWindowIsBoundedByTheKeyOfTheNthRow() {
        Keyset keyset = keyset("postgresql", List.of("id"), "new_field IS NULL");
        assertThat(keyset.boundary(null, 10_000))
                .isEqualTo(text("SELECT id FROM large_table WHERE new_field IS NULL ORDER BY id LIMIT 1 OFFSET 9999"));
        assertThat(keyset.boundary(List.of(42), 500))
                .isEqualTo(text(
                        "SELECT id FROM large_table WHERE id > ? AND (new_field IS NULL) ORDER BY id LIMIT 1 OFFSET 499",
                        42));
        assertThat(keyset.last(List.of(42)))
                .isEqualTo(text(
                        "SELECT id FROM large_table WHERE id > ? AND (new_field IS NULL) ORDER BY id DESC LIMIT 1",
                        42));
        assertThat(keyset.update(List.of(Fragment.sql("new_field = upper(old_field)")), List.of(42), List.of(99)))
                .isEqualTo(text(
                        "UPDATE large_table SET new_field = upper(old_field) WHERE id > ? AND id <= ? AND (new_field IS"
                                + " NULL)",
                        42,
                        99));
        assertThat(keyset.count(null)).isEqualTo(text("SELECT COUNT(*) FROM large_table WHERE new_field IS NULL"));
    }

    @Test
    void compositeKeysCompareAsRowValuesWhereTheOptimizerUsesThem() {
        Keyset keyset = keyset("postgresql", List.of("tenant", "Code"), null);
        assertThat(keyset.rows(List.of("old_field"), List.of(1, "a"), List.of(2, "b"), true))
                .isEqualTo(text(
                        "SELECT tenant, \"Code\", old_field FROM large_table WHERE (tenant, \"Code\") > (?, ?) AND"
                                + " (tenant, \"Code\") <= (?, ?) ORDER BY tenant, \"Code\" FOR UPDATE",
                        1,
                        "a",
                        2,
                        "b"));
        assertThat(keyset.rowUpdate(List.of("new_field", "counter")))
                .isEqualTo("UPDATE large_table SET new_field = ?, counter = ? WHERE tenant = ? AND \"Code\" = ?");
    }

    @Test
    void mysqlAndMariadbGetTheExpandedComparison() {
        Keyset keyset = keyset("mariadb", List.of("a", "b", "c"), null);
        assertThat(keyset.update(List.of(Fragment.sql("n = n + 1")), List.of(1, 2, 3), List.of(4, 5, 6)))
                .isEqualTo(text(
                        "UPDATE large_table SET n = n + 1 WHERE (a > ? OR (a = ? AND (b > ? OR (b = ? AND c > ?))))"
                                + " AND (a < ? OR (a = ? AND (b < ? OR (b = ? AND c <= ?))))",
                        1,
                        1,
                        2,
                        2,
                        3,
                        4,
                        4,
                        5,
                        5,
                        6));
        assertThat(keyset("mysql", List.of("a", "b"), null)
                        .boundary(List.of(1, 2), 3)
                        .sql())
                .isEqualTo("SELECT a, b FROM large_table WHERE (a > ? OR (a = ? AND b > ?)) ORDER BY a, b LIMIT 1"
                        + " OFFSET 2");
    }

    @Test
    void allColumnsAreReadWithTheKeyRepeatedForSqliteRowids() {
        assertThat(keyset("sqlite", List.of("rowid"), null).rows(List.of(), null, List.of(5), false))
                .isEqualTo(text("SELECT *, rowid FROM large_table WHERE rowid <= ? ORDER BY rowid", 5));
    }
}
