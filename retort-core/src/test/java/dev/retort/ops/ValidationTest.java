package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    void aTableNeedsColumns() {
        assertThatThrownBy(() -> CreateTable.builder("empty").build())
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("createTable empty: give at least one column");
    }

    @Test
    void aTableHasOnePrimaryKey() {
        assertThatThrownBy(() -> CreateTable.builder("t")
                        .column("id", Types.integer(), Column::primaryKey)
                        .primaryKey("id")
                        .build())
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("createTable t: more than one primary key");
    }

    @Test
    void columnKeysGatherIntoOnePrimaryKey() {
        CreateTable t = CreateTable.builder("user_roles")
                .column("user_id", Types.integer(), Column::primaryKey)
                .column("role_id", Types.integer(), Column::primaryKey)
                .build();
        assertThat(t.primaryKey()).contains(PrimaryKey.of("user_id", "role_id"));
    }

    @Test
    void alterColumnNeedsAChange() {
        assertThatThrownBy(() -> AlterColumn.builder("user", "email")
                        .existingNullable(true)
                        .build())
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("alterColumn user.email: nothing to change");
    }

    @Test
    void namesMustNotBeEmpty() {
        assertThatThrownBy(() -> new RenameTable("a", ""))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("new table name must not be empty");
        assertThatThrownBy(() -> Column.of("a\0b", Types.text()))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("column name must not contain a NUL character");
    }

    @Test
    void foreignKeysNeedMatchingColumnCounts() {
        assertThatThrownBy(() -> ForeignKey.builder()
                        .columns("a", "b")
                        .references("r", "id")
                        .build())
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("foreign key [a, b] -> r[id]: as many referenced columns as referencing ones are needed");
    }

    @Test
    void constraintsAddedLaterNeedNames() {
        assertThatThrownBy(() -> new AddConstraint("user", UniqueConstraint.of("email")))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("adding a UNIQUE constraint to user: give it a name");
    }

    @Test
    void serverDefaultsAreTyped() {
        assertThat(ServerDefault.of(false)).isEqualTo(new ServerDefault.Literal(false));
        assertThat(ServerDefault.of(new StringBuilder("x"))).isEqualTo(new ServerDefault.Literal("x"));
        assertThatThrownBy(() -> ServerDefault.of(new Date()))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("server default of unsupported type java.util.Date;"
                        + " use a string, number, boolean, java.time value or ServerDefault.expression(...)");
    }

    @Test
    void typesValidateTheirArguments() {
        assertThat(Types.numeric(10, 2)).hasToString("numeric(10, 2)");
        assertThat(Types.string(20)).hasToString("string(20)");
        assertThatThrownBy(() -> Types.numeric(2, 3))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("numeric(2, 3): scale must be between 0 and the precision");
        assertThatThrownBy(() -> Types.string(0))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("string length must be positive, got 0");
        assertThatThrownBy(() -> Types.enumeration("a", "a"))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("enumeration[a, a]: values must be distinct");
    }

    @Test
    void bulkInsertKeepsNullValuesAndColumnOrder() {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("b", null);
        row.put("a", 1);
        BulkInsert insert = new BulkInsert("t", List.of(row));
        assertThat(insert.rows().get(0).keySet()).containsExactly("b", "a");
    }
}
