package dev.retort.ops;

import java.util.function.Consumer;

/**
 * The operations on one table inside {@link Ops#batchAlterTable}; each mirrors the {@link Ops}
 * method of the same name, with the table implied.
 */
public interface BatchOps {
    /** Adds a column. */
    void addColumn(Column column);

    /** Adds a nullable column without default. */
    void addColumn(String column, SqlType type);

    /** Drops a column. */
    void dropColumn(String column);

    /** Changes a column. */
    void alterColumn(String column, Consumer<AlterColumn.Builder> changes);

    /** Creates an index over columns. */
    void createIndex(String name, String... columns);

    /** Creates an index. */
    void createIndex(String name, Consumer<CreateIndex.Builder> definition);

    /** Drops an index of this table. */
    void dropIndex(String name);

    /** Adds a primary key. */
    void createPrimaryKey(String name, String... columns);

    /** Adds a unique constraint. */
    void createUniqueConstraint(String name, String... columns);

    /** Adds a foreign key. */
    void createForeignKey(String name, Consumer<ForeignKey.Builder> definition);

    /** Adds a check constraint. */
    void createCheckConstraint(String name, String condition);

    /** Drops a constraint of any kind. */
    void dropConstraint(String name);

    /** Drops a constraint of the given kind. */
    void dropConstraint(String name, ConstraintType type);
}
