package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.ops.Column;
import dev.retort.ops.ConstraintType;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.Types;
import dev.retort.testing.DatabaseKind;
import java.sql.DatabaseMetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Constraints added to existing tables take effect on rows, and drop again, on every database that can. */
class ConstraintsIntegrationTest {
    private static void items(LiveDatabase db) throws Exception {
        db.op.createTable("item", t -> t.column("id", Types.integer(), Column::notNull)
                .column("code", Types.string(10), Column::notNull)
                .column("qty", Types.integer())
                .column("parent_id", Types.integer()));
        db.op.createIndex("ix_item_parent_id", "item", "parent_id");
        db.sql("INSERT INTO item (id, code, qty) VALUES (1, 'a', 1)");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "SQLITE", mode = EnumSource.Mode.EXCLUDE)
    void constraintsTakeEffectAndDropByKind(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            items(db);
            db.op.createPrimaryKey("pk_item", "item", "id");
            db.op.createUniqueConstraint("uq_item_code", "item", "code");
            db.op.createCheckConstraint("ck_item_qty", "item", "qty >= 0");
            db.op.createForeignKey("fk_item_parent", "item", fk -> fk.columns("parent_id")
                    .references("item", "id")
                    .onDelete(ReferentialAction.CASCADE));

            assertThat(db.schema.primaryKey("item")).containsExactly("id");
            assertThat(db.schema.foreignKeys("item")).singleElement().satisfies(fk -> {
                assertThat(fk.name()).isEqualToIgnoringCase("fk_item_parent");
                assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeyCascade);
            });
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (1, 'b', 1)"))
                    .as("pk")
                    .isTrue();
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (2, 'a', 1)"))
                    .as("unique")
                    .isTrue();
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (2, 'b', -1)"))
                    .as("check")
                    .isTrue();
            assertThat(db.refuses("INSERT INTO item (id, code, qty, parent_id) VALUES (2, 'b', 1, 99)"))
                    .as("fk")
                    .isTrue();

            db.op.dropConstraint("fk_item_parent", "item", ConstraintType.FOREIGN_KEY);
            db.op.dropConstraint("ck_item_qty", "item", ConstraintType.CHECK);
            db.op.dropConstraint("uq_item_code", "item", ConstraintType.UNIQUE);
            db.op.dropConstraint("pk_item", "item", ConstraintType.PRIMARY);

            assertThat(db.schema.primaryKey("item")).isEmpty();
            assertThat(db.schema.foreignKeys("item")).isEmpty();
            assertThat(db.refuses("INSERT INTO item (id, code, qty, parent_id) VALUES (1, 'a', -1, 99)"))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "SQLITE", mode = EnumSource.Mode.EXCLUDE)
    void checkAndUniqueConstraintsDropByNameAlone(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            items(db);
            db.op.createCheckConstraint("ck_item_qty", "item", "qty >= 0");
            db.op.createUniqueConstraint("uq_item_code", "item", "code");
            db.op.dropConstraint("ck_item_qty", "item");
            db.op.dropConstraint("uq_item_code", "item");
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (2, 'a', -1)"))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "SQLITE")
    void sqliteRefusesConstraintChangesBeforeRunningAnything(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            items(db);
            assertThatThrownBy(() -> db.op.createUniqueConstraint("uq_item_code", "item", "code"))
                    .isInstanceOf(OperationNotSupportedException.class)
                    .hasMessage("SQLite cannot ADD CONSTRAINT uq_item_code to item in place;"
                            + " use op.batchAlterTable(\"item\", ...)");
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (2, 'a', 1)"))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void partialIndexesWhereTheDatabaseHasThem(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            items(db);
            if (!db.dialect.supportsPartialIndexes()) {
                assertThatThrownBy(() -> db.op.createIndex("uq_item_code_positive", "item", i -> i.columns("code")
                                .unique()
                                .where("qty > 0")))
                        .isInstanceOf(OperationNotSupportedException.class)
                        .hasMessageContaining("has no partial indexes: createIndex uq_item_code_positive on item");
                return;
            }
            db.op.createIndex("uq_item_code_positive", "item", i -> i.columns("code")
                    .unique()
                    .where("qty > 0"));
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (2, 'a', 0)"))
                    .isFalse();
            assertThat(db.refuses("INSERT INTO item (id, code, qty) VALUES (3, 'a', 5)"))
                    .isTrue();
            db.op.dropIndex("uq_item_code_positive", "item");
            assertThat(db.schema.indexes("item")).doesNotContainKey("uq_item_code_positive");
        }
    }
}
