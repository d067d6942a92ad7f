package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReverseTest {
    private static final Column PHONE = Column.of("phone", Types.string(20));

    @Test
    void addColumnAndDropColumnReverseEachOther() {
        AddColumn add = new AddColumn("user", PHONE);
        DropColumn drop = add.reverse();
        assertThat(drop).isEqualTo(new DropColumn("user", "phone", Optional.of(PHONE)));
        assertThat(drop.reverse()).isEqualTo(add);
    }

    @Test
    void dropColumnWithoutDefinitionHasNoReverse() {
        assertThatThrownBy(() -> DropColumn.of("user", "phone").reverse())
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessage("dropColumn user.phone cannot be reversed: it does not carry the column's definition;"
                        + " pass the Column to dropColumn");
    }

    @Test
    void renameTableReversesItself() {
        assertThat(new RenameTable("old_table_name", "new_table_name").reverse())
                .isEqualTo(new RenameTable("new_table_name", "old_table_name"));
    }

    @Test
    void createTableReversesToADropThatCarriesTheDefinition() {
        CreateTable create = CreateTable.builder("role")
                .column("id", Types.integer(), Column::primaryKey)
                .build();
        DropTable drop = create.reverse();
        assertThat(drop.name()).isEqualTo("role");
        assertThat(drop.reverse()).isEqualTo(create);
        assertThatThrownBy(() -> DropTable.of("role").reverse())
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessageStartingWith("dropTable role cannot be reversed");
    }

    @Test
    void alterColumnSwapsEachChangeWithItsHint() {
        AlterColumn upgrade = AlterColumn.builder("product", "price")
                .type(Types.numeric(10, 2))
                .existingType(Types.floatType())
                .using("price::numeric(10,2)")
                .existingNullable(true)
                .build();
        AlterColumn downgrade = upgrade.reverse();
        assertThat(downgrade.type()).contains(Types.floatType());
        assertThat(downgrade.existingType()).contains(Types.numeric(10, 2));
        assertThat(downgrade.using()).isEmpty();
        assertThat(downgrade.existingNullable()).contains(true);
        assertThat(downgrade.reverse().type()).contains(Types.numeric(10, 2));
    }

    @Test
    void alterColumnRenameReversesTheRename() {
        AlterColumn rename = AlterColumn.builder("user", "old_field_name")
                .rename("new_field_name")
                .build();
        AlterColumn back = rename.reverse();
        assertThat(back.column()).isEqualTo("new_field_name");
        assertThat(back.newName()).contains("old_field_name");
    }

    @Test
    void alterColumnWithoutAHintForAChangedAspectHasNoReverse() {
        AlterColumn change =
                AlterColumn.builder("user", "status").nullable(false).build();
        assertThatThrownBy(change::reverse)
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessage(
                        "alterColumn user.status cannot be reversed without the existingNullable(...) hint; add it");
    }

    @Test
    void indexesAndConstraintsReverseThroughTheirDefinitions() {
        CreateIndex index =
                CreateIndex.builder("ix_user_email", "user").columns("email").build();
        assertThat(index.reverse().reverse()).isEqualTo(index);

        AddConstraint unique =
                new AddConstraint("user", UniqueConstraint.of("email").named("uq_user_email"));
        DropConstraint drop = unique.reverse();
        assertThat(drop.type()).contains(ConstraintType.UNIQUE);
        assertThat(drop.reverse()).isEqualTo(unique);
    }

    @Test
    void tableCommentsRestoreThePreviousComment() {
        assertThat(new CreateTableComment("user", "people", Optional.empty()).reverse())
                .isEqualTo(new DropTableComment("user", Optional.of("people")));
        assertThat(new CreateTableComment("user", "people", Optional.of("users")).reverse())
                .isEqualTo(new CreateTableComment("user", "users", Optional.of("people")));
    }

    @Test
    void dataOperationsHaveNoReverse() {
        assertThatThrownBy(() -> new Execute("ANALYZE", List.of()).reverse())
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessage("Execute cannot be reversed; write the downgrade by hand");
        assertThatThrownBy(() -> new BulkInsert("t", List.of(Map.of("a", 1))).reverse())
                .isInstanceOf(IrreversibleOperationException.class);
    }
}
