package dev.retort.ops;

/**
 * The operations API handed to {@link dev.retort.Migration#upgrade} and {@link
 * dev.retort.Migration#downgrade}: schema changes rendered as correct DDL for the connected
 * database, data changes, and access to the connection.
 */
public interface Ops {}
