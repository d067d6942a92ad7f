package dev.retort.ops;

/**
 * One schema or data change, as plain immutable data: the {@link Ops} methods build these, each
 * dialect renders them to SQL, and autogenerate and downgrades can reverse them.
 */
public sealed interface Operation
        permits CreateTable,
                DropTable,
                RenameTable,
                AddColumn,
                DropColumn,
                AlterColumn,
                CreateIndex,
                DropIndex,
                AddConstraint,
                DropConstraint,
                CreateTableComment,
                DropTableComment,
                BulkInsert,
                Execute {
    /**
     * The operation that undoes this one.
     *
     * @throws IrreversibleOperationException when this operation has no reverse, or does not carry
     *     what its reverse needs (a {@link DropColumn} without the column's definition)
     */
    default Operation reverse() {
        throw new IrreversibleOperationException(
                getClass().getSimpleName() + " cannot be reversed; write the downgrade by hand");
    }
}
