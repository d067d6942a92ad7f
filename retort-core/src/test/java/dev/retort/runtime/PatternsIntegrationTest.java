package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.ops.Column;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.Types;
import dev.retort.runtime.ReflectedSchema.ColumnInfo;
import dev.retort.runtime.ReflectedSchema.ForeignKeyInfo;
import dev.retort.testing.DatabaseKind;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation of the Alembic patterns guide, run on each database, its effect read back through JDBC metadata. */
class PatternsIntegrationTest {
    private static void createUserSchema(LiveDatabase db) {
        db.op.createTable(
                "user", t -> t.column("id", Types.integer(), c -> c.primaryKey().autoIncrement())
                        .column("email", Types.string(255), Column::notNull)
                        .column("is_active", Types.bool(), c -> c.notNull().serverDefault(true))
                        .column("old_field_name", Types.string(50))
                        .column("deprecated_field", Types.string(50)));
        db.op.createTable(
                "role", t -> t.column("id", Types.integer(), c -> c.primaryKey().autoIncrement())
                        .column("name", Types.string(50), Column::notNull));
        db.op.bulkInsert(
                "user",
                List.of(
                        Map.of("id", 1, "email", "A@x.io", "is_active", true),
                        Map.of("id", 2, "email", "b@x.io", "is_active", false)));
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean ? (Boolean) value : ((Number) value).intValue() != 0;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void addMultipleColumnsAndDropThemAgain(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            Map<String, String> before = db.schema.snapshot();
            db.op.batchAlterTable("user", b -> {
                b.addColumn(Column.of("phone", Types.string(20)));
                b.addColumn(Column.of("birth_date", Types.date()));
                b.addColumn(Column.of("is_verified", Types.bool()).notNull().serverDefault(false));
                b.addColumn(Column.of("last_login", Types.timestamp()));
            });

            ColumnInfo phone = db.schema.column("user", "phone");
            assertThat(phone.size()).isEqualTo(20);
            assertThat(phone.nullable()).isTrue();
            assertThat(db.schema.column("user", "birth_date").typeName()).containsIgnoringCase("DATE");
            assertThat(db.schema.column("user", "last_login").typeName())
                    .containsIgnoringCase(kind == DatabaseKind.MARIADB ? "DATETIME" : "TIMESTAMP");
            ColumnInfo verified = db.schema.column("user", "is_verified");
            assertThat(verified.nullable()).isFalse();
            assertThat(verified.defaultValue()).isIn("false", "FALSE", "0");
            assertThat(db.schema.rows("SELECT is_verified FROM " + db.op.quote("user")))
                    .allSatisfy(row -> assertThat(truthy(row.get(0))).isFalse());

            db.op.batchAlterTable("user", b -> {
                b.dropColumn("last_login");
                b.dropColumn("is_verified");
                b.dropColumn("birth_date");
                b.dropColumn("phone");
            });
            assertThat(db.schema.snapshot()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void renameColumnAndTableAndBack(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            db.op.createTable("old_table_name", t -> t.column("id", Types.integer(), Column::primaryKey));
            Map<String, String> before = db.schema.snapshot();

            db.op.alterColumn("user", "old_field_name", c -> c.rename("new_field_name"));
            db.op.renameTable("old_table_name", "new_table_name");
            assertThat(db.schema.columns("user")).containsKey("new_field_name").doesNotContainKey("old_field_name");
            assertThat(db.schema.hasTable("new_table_name")).isTrue();
            assertThat(db.schema.hasTable("old_table_name")).isFalse();

            db.op.alterColumn("user", "new_field_name", c -> c.rename("old_field_name"));
            db.op.renameTable("new_table_name", "old_table_name");
            assertThat(db.schema.snapshot()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changePriceFromFloatToNumeric(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("product", t -> t.column("id", Types.integer(), Column::primaryKey)
                    .column("price", Types.floatType()));
            db.op.bulkInsert("product", List.of(Map.of("id", 1, "price", 1.5)));
            if (kind == DatabaseKind.SQLITE) {
                assertThatThrownBy(() -> db.op.alterColumn("product", "price", c -> c.type(Types.numeric(10, 2))))
                        .isInstanceOf(OperationNotSupportedException.class)
                        .hasMessage("SQLite cannot ALTER COLUMN price type in place;"
                                + " use op.batchAlterTable(\"product\", ...)");
            }
            db.op.batchAlterTable(
                    "product",
                    b -> b.alterColumn("price", c -> c.type(Types.numeric(10, 2))
                            .existingType(Types.floatType())
                            .using("price::numeric(10,2)")));
            ColumnInfo price = db.schema.column("product", "price");
            assertThat(price.typeName()).matches("(?i)numeric|decimal");
            if (kind != DatabaseKind.SQLITE) { // sqlite-jdbc does not report the declared precision
                assertThat(price.size()).isEqualTo(10);
            }
            assertThat(price.decimalDigits()).isEqualTo(2);
            assertThat(price.nullable()).isTrue();
            // SQLite stores NUMERIC 1.50 as the REAL 1.5
            assertThat(new BigDecimal(String.valueOf(
                            db.schema.rows("SELECT price FROM product").get(0).get(0))))
                    .isEqualByComparingTo("1.50");

            db.op.batchAlterTable(
                    "product",
                    b -> b.alterColumn("price", c -> c.type(Types.floatType()).existingType(Types.numeric(10, 2))));
            assertThat(db.schema.column("product", "price").typeName()).matches("(?i)real|float|float4");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void associationTableWithCascadingForeignKeysAndIndexes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            db.op.createTable("user_roles", t -> t.column("user_id", Types.integer(), Column::notNull)
                    .column("role_id", Types.integer(), Column::notNull)
                    .foreignKey(
                            fk -> fk.columns("user_id").references("user", "id").onDelete(ReferentialAction.CASCADE))
                    .foreignKey(
                            fk -> fk.columns("role_id").references("role", "id").onDelete(ReferentialAction.CASCADE))
                    .primaryKey("user_id", "role_id"));
            db.op.createIndex("ix_user_roles_user_id", "user_roles", "user_id");
            db.op.createIndex("ix_user_roles_role_id", "user_roles", "role_id");

            assertThat(db.schema.primaryKey("user_roles")).containsExactly("user_id", "role_id");
            assertThat(db.schema.foreignKeys("user_roles"))
                    .extracting(
                            ForeignKeyInfo::columns,
                            ForeignKeyInfo::referredTable,
                            ForeignKeyInfo::referredColumns,
                            ForeignKeyInfo::deleteRule)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    List.of("user_id"), "user", List.of("id"), DatabaseMetaData.importedKeyCascade),
                            org.assertj.core.groups.Tuple.tuple(
                                    List.of("role_id"), "role", List.of("id"), DatabaseMetaData.importedKeyCascade));
            assertThat(db.schema
                            .indexes("user_roles")
                            .get("ix_user_roles_user_id")
                            .columns())
                    .containsExactly("user_id");
            assertThat(db.schema
                            .indexes("user_roles")
                            .get("ix_user_roles_role_id")
                            .columns())
                    .containsExactly("role_id");

            db.op.bulkInsert("role", List.of(Map.of("id", 7, "name", "admin")));
            db.op.bulkInsert(
                    "user_roles", List.of(Map.of("user_id", 1, "role_id", 7), Map.of("user_id", 2, "role_id", 7)));
            db.sql("DELETE FROM " + db.op.quote("user") + " WHERE id = 1");
            assertThat(db.schema.rows("SELECT user_id FROM user_roles")).hasSize(1);

            db.op.dropTable("user_roles");
            assertThat(db.schema.hasTable("user_roles")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void addColumnWithServerDefaultThenUpdateWithBoundParameters(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            db.op.addColumn(
                    "user", Column.of("status", Types.string(20)).notNull().serverDefault("active"));
            assertThat(db.schema.column("user", "status").nullable()).isFalse();
            String user = db.op.quote("user");
            db.op.execute("UPDATE " + user + " SET status = ? WHERE is_active = ?", "active", true);
            db.op.execute("UPDATE " + user + " SET status = ? WHERE is_active = ?", "inactive", false);
            assertThat(db.schema.rows("SELECT id, status FROM " + user + " ORDER BY id"))
                    .extracting(r -> ((Number) r.get(0)).intValue() + ":" + r.get(1))
                    .containsExactly("1:active", "2:inactive");

            db.op.dropColumn("user", "status");
            assertThat(db.schema.columns("user")).doesNotContainKey("status");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void expressionIndexOnLowerEmailConcurrently(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            if (!db.dialect.supportsExpressionIndexes()) {
                assertThatThrownBy(() ->
                                db.op.createIndex("idx_user_email_lower", "user", i -> i.expression("lower(email)")
                                        .concurrently()))
                        .isInstanceOf(OperationNotSupportedException.class)
                        .hasMessageContaining("cannot index expressions: createIndex idx_user_email_lower on user");
                return;
            }
            // Inside a transaction, as the runtime runs revisions: CONCURRENTLY must leave it.
            db.connection.setAutoCommit(false);
            db.op.createIndex("idx_user_email_lower", "user", i -> i.expression("lower(email)")
                    .unique()
                    .concurrently());
            db.connection.commit();
            db.connection.setAutoCommit(true);

            assertThat(db.schema.indexes("user")).containsKey("idx_user_email_lower");
            String user = db.op.quote("user");
            assertThat(db.refuses("INSERT INTO " + user + " (id, email, is_active) VALUES (3, 'a@X.IO', "
                            + db.dialect.literal(true) + ")"))
                    .isTrue();

            db.op.dropIndex("idx_user_email_lower", "user", d -> d.concurrently());
            assertThat(db.schema.indexes("user")).doesNotContainKey("idx_user_email_lower");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void commentAndNullabilityOfADeprecatedColumn(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            db.op.alterColumn(
                    "user", "deprecated_field", c -> c.comment("Deprecated field, to be removed in future migration"));
            ColumnInfo column = db.schema.column("user", "deprecated_field");
            if (db.dialect.supportsComments()) {
                assertThat(column.remarks()).isEqualTo("Deprecated field, to be removed in future migration");
            } else {
                assertThat(column.remarks()).isNull();
            }
            assertThat(column.size()).isEqualTo(50);
            assertThat(column.nullable()).isTrue();

            if (kind == DatabaseKind.SQLITE) {
                db.op.batchAlterTable("user", b -> b.alterColumn("email", c -> c.nullable(true)));
            } else {
                db.op.alterColumn("user", "email", c -> c.nullable(true));
            }
            assertThat(db.schema.column("user", "email").nullable()).isTrue();
            assertThat(db.schema.column("user", "email").size()).isEqualTo(255);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void bulkInsertRows(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            db.op.bulkInsert(
                    "role",
                    List.of(
                            Map.of("id", 1, "name", "admin"),
                            Map.of("id", 2, "name", "it's \"quoted\" \\ and ? marked")));
            assertThat(db.schema.rows("SELECT name FROM role ORDER BY id"))
                    .extracting(r -> r.get(0))
                    .containsExactly("admin", "it's \"quoted\" \\ and ? marked");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void dataMigrationReadsThroughTheConnectionAndWritesWithBoundParameters(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createUserSchema(db);
            db.op.addColumn("user", Column.of("email_normalized", Types.string(255)));
            String user = db.op.quote("user");
            Map<Integer, String> pending = new java.util.TreeMap<>();
            try (java.sql.Statement s = db.op.connection().createStatement();
                    java.sql.ResultSet rs =
                            s.executeQuery("SELECT id, email FROM " + user + " WHERE email_normalized IS NULL")) {
                while (rs.next()) {
                    pending.put(rs.getInt(1), rs.getString(2));
                }
            }
            pending.forEach((id, email) -> db.op.execute(
                    "UPDATE " + user + " SET email_normalized = ? WHERE id = ?",
                    email.strip().toLowerCase(),
                    id));
            assertThat(db.schema.rows("SELECT email_normalized FROM " + user + " ORDER BY id"))
                    .extracting(r -> r.get(0))
                    .containsExactly("a@x.io", "b@x.io");
        }
    }
}
