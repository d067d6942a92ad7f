package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CheckConstraint;
import dev.retort.ops.Column;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.ForeignKey;
import dev.retort.ops.Operation;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.RenameTable;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import dev.retort.ops.UniqueConstraint;
import dev.retort.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Running an operation and then its reverse leaves the schema exactly as it was. */
class ReverseIntegrationTest {
    private static void baseSchema(LiveDatabase db) {
        db.op.createTable("account", t -> t.column("id", Types.integer(), Column::primaryKey)
                .column("email", Types.string(100), Column::notNull)
                .column("nickname", Types.string(50))
                .column("owner_id", Types.integer()));
        // MySQL would otherwise create (and keep) an index for the foreign key added below.
        db.op.createIndex("ix_account_owner_id", "account", "owner_id");
    }

    private static List<Operation> operations(DatabaseKind kind) {
        List<Operation> ops = new ArrayList<>(List.of(
                new AddColumn(
                        "account",
                        Column.of("is_verified", Types.bool()).notNull().serverDefault(false)),
                new AddColumn("account", Column.of("note", Types.text()).comment("free text")),
                new DropColumn("account", "nickname", Optional.of(Column.of("nickname", Types.string(50)))),
                CreateIndex.builder("ix_account_email", "account")
                        .columns("email")
                        .unique()
                        .build(),
                CreateTable.builder("tag")
                        .column("id", Types.integer(), c -> c.primaryKey().autoIncrement())
                        .column("label", Types.string(30), c -> c.notNull().unique())
                        .build(),
                new RenameTable("account", "member"),
                AlterColumn.builder("account", "nickname").rename("handle").build()));
        if (kind != DatabaseKind.SQLITE) {
            ops.addAll(List.of(
                    AlterColumn.builder("account", "nickname")
                            .type(Types.string(80))
                            .existingType(Types.string(50))
                            .existingNullable(true)
                            .build(),
                    AlterColumn.builder("account", "email")
                            .nullable(true)
                            .existingNullable(false)
                            .existingType(Types.string(100))
                            .build(),
                    AlterColumn.builder("account", "nickname")
                            .serverDefault("anonymous")
                            .existingServerDefault(ServerDefault.none())
                            .build(),
                    new AddConstraint("account", UniqueConstraint.of("email").named("uq_account_email")),
                    new AddConstraint(
                            "account", CheckConstraint.of("owner_id > 0").named("ck_account_owner")),
                    new AddConstraint(
                            "account",
                            ForeignKey.builder()
                                    .name("fk_account_owner")
                                    .columns("owner_id")
                                    .references("account", "id")
                                    .onDelete(ReferentialAction.SET_NULL)
                                    .build())));
        }
        return ops;
    }

    private static boolean isCheck(Operation op) {
        return op instanceof AddConstraint && ((AddConstraint) op).constraint() instanceof CheckConstraint;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyReversibleOperationRoundTrips(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            baseSchema(db);
            Map<String, String> before = db.schema.snapshot();
            for (Operation op : operations(kind)) {
                db.op.invoke(op);
                if (!isCheck(op)) { // JDBC metadata does not show checks; ConstraintsIntegrationTest tests them
                    assertThat(db.schema.snapshot()).as("after %s", op).isNotEqualTo(before);
                }
                db.op.invoke(op.reverse());
                assertThat(db.schema.snapshot())
                        .as("after the reverse of %s", op)
                        .isEqualTo(before);
            }
        }
    }
}
