package dev.retort.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a SQL revision line by line: the comment header, the {@code -- +retort}
 * directives and the sections. Directives are recognised on whole lines before any SQL lexing (as
 * goose does), so a directive line always wins, even inside what would otherwise be a string.
 * Splitting into statements is left to {@link SqlSplitter}, which needs the target's syntax.
 */
final class SqlFileParser {
    private static final Pattern HEADER_KEY = Pattern.compile(
            "(revision|revises|branch_labels|depends_on|create_date)\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final String KNOWN = "upgrade, downgrade, statement-begin, statement-end, no-transaction";

    private final Path file;
    private final Map<String, String> header = new HashMap<>();
    private final Map<String, Integer> headerLines = new HashMap<>();
    private String message = "";
    private boolean headerCommentSeen;
    private boolean noTransaction;
    private SqlSection upgrade;
    private SqlSection downgrade;
    private String sectionName;
    private int sectionLine;
    private final List<SqlChunk> chunks = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingLine;
    private int blockLine;

    private SqlFileParser(Path file) {
        this.file = file;
    }

    /** Parses normalised {@code text} (LF line endings, no BOM) of {@code file}. */
    static SqlFile parse(Path file, String text) {
        SqlFileParser parser = new SqlFileParser(file);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(lines[i], i + 1);
        }
        return parser.finish();
    }

    private void line(String line, int number) {
        String directive = directive(line);
        if (blockLine > 0) {
            if ("statement-end".equals(directive)) {
                chunks.add(new SqlChunk(blockLine + 1, pending.toString(), true));
                pending.setLength(0);
                blockLine = 0;
            } else if (directive != null) {
                throw unclosedBlock();
            } else {
                pending.append(line).append('\n');
            }
        } else if (directive != null) {
            directive(directive, number);
        } else if (sectionName == null) {
            headerLine(line, number);
        } else {
            if (pending.length() == 0) {
                pendingLine = number;
            }
            pending.append(line).append('\n');
        }
    }

    private void directive(String directive, int number) {
        switch (directive) {
            case "upgrade", "downgrade" -> startSection(directive, number);
            case "no-transaction" -> {
                if (sectionName != null) {
                    throw error(number, "\"-- +retort no-transaction\" belongs in the header, above the first section");
                }
                noTransaction = true;
            }
            case "statement-begin" -> {
                if (sectionName == null) {
                    throw beforeSection(number);
                }
                flushPending();
                blockLine = number;
            }
            case "statement-end" ->
                throw error(number, "\"-- +retort statement-end\" without a \"-- +retort statement-begin\" above it");
            default ->
                throw error(number, "unknown directive \"-- +retort " + directive + "\"; known directives: " + KNOWN);
        }
    }

    private void startSection(String name, int number) {
        SqlSection existing = "upgrade".equals(name) ? upgrade : downgrade;
        if (existing != null || name.equals(sectionName)) {
            int first = existing != null ? existing.line() : sectionLine;
            throw error(number, "duplicate \"-- +retort " + name + "\" section (the first is at line " + first + ")");
        }
        closeSection();
        sectionName = name;
        sectionLine = number;
    }

    private void closeSection() {
        if (sectionName == null) {
            return;
        }
        flushPending();
        SqlSection section = new SqlSection(sectionLine, chunks);
        if ("upgrade".equals(sectionName)) {
            upgrade = section;
        } else {
            downgrade = section;
        }
        chunks.clear();
    }

    private void flushPending() {
        if (pending.length() > 0) {
            chunks.add(new SqlChunk(pendingLine, pending.toString(), false));
            pending.setLength(0);
        }
    }

    private void headerLine(String line, int number) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (!trimmed.startsWith("--")) {
            throw beforeSection(number);
        }
        String body = trimmed.substring(2).strip();
        Matcher key = HEADER_KEY.matcher(body);
        if (key.matches()) {
            String name = key.group(1).toLowerCase(Locale.ROOT);
            Integer previous = headerLines.putIfAbsent(name, number);
            if (previous != null) {
                throw error(number, "duplicate \"" + name + ":\" header (the first is at line " + previous + ")");
            }
            header.put(name, key.group(2).strip());
        } else if (!headerCommentSeen) {
            message = body;
        }
        headerCommentSeen = true;
    }

    private SqlFile finish() {
        if (blockLine > 0) {
            throw unclosedBlock();
        }
        closeSection();
        String id = header.get("revision");
        if (id == null) {
            throw error(1, "no \"-- revision: <id>\" line in the header; every revision file needs one");
        }
        if (id.isEmpty() || LIST_SEPARATOR.matcher(id).find()) {
            throw error(headerLines.get("revision"), "\"revision:\" must be a single id, found \"" + id + "\"");
        }
        if (upgrade == null) {
            int line = downgrade != null ? downgrade.line() : 1;
            throw error(line, "no \"-- +retort upgrade\" section; add one above the upgrade statements");
        }
        return new SqlFile(
                id,
                list("revises"),
                list("branch_labels"),
                list("depends_on"),
                message,
                header.getOrDefault("create_date", ""),
                noTransaction,
                upgrade,
                downgrade);
    }

    private List<String> list(String key) {
        String value = header.getOrDefault(key, "").strip();
        return value.isEmpty() ? List.of() : List.of(LIST_SEPARATOR.split(value));
    }

    /** The lowercased directive of a {@code -- +retort ...} line, or null for any other line. */
    static String directive(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("--")) {
            return null;
        }
        String rest = trimmed.substring(2).stripLeading();
        if (!rest.startsWith("+retort")) {
            return null;
        }
        return rest.substring("+retort".length()).strip().toLowerCase(Locale.ROOT);
    }

    private RevisionFileException beforeSection(int number) {
        return error(
                number,
                "SQL before the first section; put it under \"-- +retort upgrade\" or \"-- +retort downgrade\"");
    }

    private RevisionFileException unclosedBlock() {
        return error(blockLine, "\"-- +retort statement-begin\" without a matching \"-- +retort statement-end\"");
    }

    private RevisionFileException error(int line, String problem) {
        return new RevisionFileException(file, line, problem);
    }
}
