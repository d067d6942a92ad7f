package dev.retort.script;

/**
 * A run of lines inside a SQL section: either text to split at {@code ;}, or the verbatim body of
 * a {@code statement-begin}/{@code statement-end} block, which is one statement.
 */
record SqlChunk(int line, String text, boolean verbatim) {}
