/**
 * Reflection of live schemas: {@link dev.retort.schema.SchemaReflector} reads a table of SQLite,
 * PostgreSQL, MariaDB/MySQL or H2 into an immutable {@link dev.retort.schema.TableSchema} (columns,
 * primary key, foreign keys, unique and check constraints, indexes, triggers, comments) for
 * assertions and for rebuilding tables; {@link dev.retort.schema.SqliteTableDefinition} renders a
 * SQLite table back into DDL for batch (move-and-copy) migrations, and {@link
 * dev.retort.schema.SqliteExpressions} tells which names SQLite DDL expressions mention.
 */
package dev.retort.schema;
