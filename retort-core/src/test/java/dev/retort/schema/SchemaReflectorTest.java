package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same portable schema, reflected on every database. */
class SchemaReflectorTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reflectsAPortableSchemaAlikeOnEveryDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection connection = db.connect()) {
            Ddl.run(
                    connection,
                    "CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL)",
                    "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER,"
                            + " label VARCHAR(20) DEFAULT 'x',"
                            + " CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)"
                            + " ON DELETE CASCADE,"
                            + " CONSTRAINT uq_child_label UNIQUE (label), CONSTRAINT ck_child_id CHECK (id > 0))",
                    "CREATE INDEX ix_child_parent ON child (parent_id)");
            SchemaReflector reflector = SchemaReflector.forConnection(connection);

            assertThat(reflector.tableNames()).containsExactly("child", "parent");
            assertThat(reflector.hasTable("child")).isTrue();
            assertThat(reflector.hasTable("nothing")).isFalse();
            assertThat(reflector.indexNames("child")).contains("ix_child_parent");

            TableSchema child = reflector.table("child").orElseThrow();
            assertThat(child.name()).isEqualTo("child");
            assertThat(child.columns()).extracting(ColumnSchema::name).containsExactly("id", "parent_id", "label");
            assertThat(child.columns()).extracting(ColumnSchema::nullable).containsExactly(false, true, true);
            assertThat(child.column("label").orElseThrow().defaultExpression().orElseThrow())
                    .contains("'x'");
            assertThat(child.primaryKey().orElseThrow().columns()).containsExactly("id");
            assertThat(child.foreignKeys()).singleElement().satisfies(key -> {
                assertThat(key.name()).contains("fk_child_parent");
                assertThat(key.columns()).containsExactly("parent_id");
                assertThat(key.referencedTable()).isEqualTo("parent");
                assertThat(key.referencedColumns()).containsExactly("id");
                assertThat(key.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            });
            assertThat(child.uniqueConstraints()).containsExactly(UniqueConstraint.named("uq_child_label", "label"));
            assertThat(child.checkConstraints())
                    .extracting(CheckConstraint::name)
                    .containsExactly(Optional.of("ck_child_id"));
            assertThat(child.index("ix_child_parent").orElseThrow().columns()).isEqualTo(List.of("parent_id"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aClosedConnectionFailsWithAOneLineMessage(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Connection connection = db.connect();
            SchemaReflector reflector = SchemaReflector.forConnection(connection);
            connection.close();

            assertThatThrownBy(() -> reflector.table("child"))
                    .isInstanceOf(SchemaReflectionException.class)
                    .hasMessageStartingWith("cannot read table child from the ")
                    .hasMessageEndingWith("); check that the connection is open and may read the catalog")
                    .hasMessageNotContaining("\n");
        }
    }
}
