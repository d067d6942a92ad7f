package dev.retort.dialect;

import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static dev.retort.dialect.Golden.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.Execute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataSqlTest {
    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @Test
    void bulkInsertRendersOneInsertPerRowWithLiterals() {
        BulkInsert insert = new BulkInsert(
                "user",
                List.of(
                        row("id", 1, "name", "O'Brien", "is_active", true, "birth_date", LocalDate.of(1990, 5, 1)),
                        row("id", 2, "name", null)));
        assertThat(sql(POSTGRESQL, insert))
                .isEqualTo(
                        """
                INSERT INTO "user" (id, name, is_active, birth_date) VALUES (1, 'O''Brien', true, '1990-05-01');
                INSERT INTO "user" (id, name) VALUES (2, NULL);
                """);
        assertThat(sql(SQLITE, insert))
                .isEqualTo(
                        """
                INSERT INTO user (id, name, is_active, birth_date) VALUES (1, 'O''Brien', 1, '1990-05-01');
                INSERT INTO user (id, name) VALUES (2, NULL);
                """);
    }

    @Test
    void theInsertWithPlaceholdersQuotesItsNames() {
        assertThat(MYSQL.insert("order", List.of("id", "key")))
                .isEqualTo("INSERT INTO `order` (id, `key`) VALUES (?, ?)");
    }

    @Test
    void executeWithoutParametersIsPassedThrough() {
        assertThat(sql(POSTGRESQL, new Execute("ANALYZE \"user\"", List.of()))).isEqualTo("ANALYZE \"user\";\n");
    }

    @Test
    void executeRendersParametersAsLiteralsOffline() {
        Execute update = new Execute("UPDATE \"user\" SET status = ? WHERE is_active = ?", List.of("active", true));
        assertThat(sql(POSTGRESQL, update))
                .isEqualTo("UPDATE \"user\" SET status = 'active' WHERE is_active = true;\n");
        assertThat(sql(SQLITE, update)).isEqualTo("UPDATE \"user\" SET status = 'active' WHERE is_active = 1;\n");
    }

    @Test
    void questionMarksInStringsIdentifiersAndCommentsAreNotPlaceholders() {
        Execute tricky = new Execute(
                "UPDATE t SET a = '?', \"b?\" = ? -- why?\n/* ? */ WHERE c = $$?$$ AND d = ?", List.of(1, "x"));
        assertThat(sql(POSTGRESQL, tricky))
                .isEqualTo("UPDATE t SET a = '?', \"b?\" = 1 -- why?\n/* ? */ WHERE c = $$?$$ AND d = 'x';\n");
        Execute mysql = new Execute("UPDATE t SET a = 'it\\'s ?', `c?` = ?", List.of("a\\b"));
        assertThat(sql(MYSQL, mysql)).isEqualTo("UPDATE t SET a = 'it\\'s ?', `c?` = 'a\\\\b';\n");
    }

    @Test
    void aParameterCountMismatchIsRefusedWithoutShowingValues() {
        Execute few = new Execute("UPDATE t SET a = ?, b = ?", List.of("secret"));
        assertThatThrownBy(() -> POSTGRESQL.render(few))
                .isInstanceOf(RetortException.class)
                .hasMessage("execute: 1 parameter(s) given for a statement with 2 '?' placeholder(s):"
                        + " UPDATE t SET a = ?, b = ?");
        List<Object> nulls = new ArrayList<>(Arrays.asList(null, null));
        assertThatThrownBy(() -> POSTGRESQL.render(new Execute("SELECT ?", nulls)))
                .hasMessageNotContaining("secret")
                .hasMessage("execute: 2 parameter(s) given for a statement with 1 '?' placeholder(s): SELECT ?");
    }
}
