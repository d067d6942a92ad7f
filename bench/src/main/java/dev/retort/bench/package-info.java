/**
 * Benchmarks: JMH for in-process code, and whole-process harnesses that time the {@code retort}
 * command against a floor measured in the same run. Results and the commands that reproduce them
 * are in {@code BENCHMARKS.md}; nothing here is shipped.
 */
package dev.retort.bench;
