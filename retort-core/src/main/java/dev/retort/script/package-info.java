/**
 * Script directories and revision files.
 *
 * <p>{@link dev.retort.script.ScriptDirectory} lists the {@code .java} and {@code .sql} revision
 * files of a script directory and reads each one's metadata ({@link
 * dev.retort.script.RevisionScript}) from its text alone: a small lexer finds the {@code @Revision}
 * literals of a Java file, a line reader the header and {@code -- +retort} sections of a SQL file.
 * Only when a migration must run is a SQL file split into statements for the target's syntax
 * ({@link dev.retort.script.SqlRevision}) or a Java file compiled in process, with the classes
 * cached between runs ({@link dev.retort.script.JavaRevisionCompiler}). {@link
 * dev.retort.script.RevisionWriter} writes new revision files from templates.
 */
package dev.retort.script;
