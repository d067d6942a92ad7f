/**
 * The revision graph: revisions linked by {@code revises} and {@code dependsOn}, with branch labels, and
 * the plans that move a database along it, with Alembic's semantics (identifiers, order of steps,
 * version-table rows).
 *
 * <p>Pure: no files, no database, no logging. The {@code script} layer turns revision files into
 * {@link dev.retort.graph.RevisionNode}s; {@link dev.retort.graph.RevisionGraph#of} validates them; the
 * runtime asks for {@link dev.retort.graph.MigrationStep}s and applies their
 * {@link dev.retort.graph.VersionChange}s to the version table.
 */
package dev.retort.graph;
