package dev.retort.bench;

import dev.retort.graph.GraphGenerator;
import dev.retort.graph.RevisionNode;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a script directory of generated revisions through {@link RevisionWriter}, as {@code
 * retort revision} would.
 *
 * <p>Two shapes: {@code graph} (the default) follows {@link GraphGenerator}, with a fraction of
 * branch points and merges and empty migrations; {@code tables} is a straight line in which
 * revision {@code i} creates table {@code t0000i} (the {@link Workload}). Deterministic for a seed.
 *
 * <pre>
 * java -cp ... dev.retort.bench.ScriptGenerator DIR COUNT [--sql] [--tables] [--branches F] [--merges F] [--seed S]
 * </pre>
 */
public final class ScriptGenerator {
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 1, 0, 0);

    private ScriptGenerator() {}

    /** Command line entry: see the class documentation. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println(
                    "usage: ScriptGenerator DIR COUNT [--sql] [--tables] [--branches F] [--merges F]" + " [--seed S]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        ScriptKind kind = ScriptKind.JAVA;
        boolean tables = false;
        double branches = 0.01;
        double merges = 0.01;
        long seed = 1;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--sql" -> kind = ScriptKind.SQL;
                case "--tables" -> tables = true;
                case "--branches" -> branches = Double.parseDouble(args[++i]);
                case "--merges" -> merges = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        if (tables) {
            tables(dir, count, kind);
        } else {
            graph(dir, count, branches, merges, kind, seed);
        }
        System.err.printf(
                Locale.ROOT,
                "wrote %d revisions to %s in %d ms%n",
                count,
                dir,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A directory shaped by {@link GraphGenerator}: about {@code branches} branch points and {@code merges} merges. */
    public static ScriptDirectory graph(
            Path dir, int count, double branches, double merges, ScriptKind kind, long seed) {
        ScriptDirectory scripts = ScriptDirectory.init(dir);
        RevisionWriter writer = new RevisionWriter(scripts);
        List<RevisionNode> nodes = GraphGenerator.generate(count, branches, merges, seed);
        for (int i = 0; i < nodes.size(); i++) {
            RevisionNode node = nodes.get(i);
            writer.write(revision(kind, node.id(), node.revises(), "revision " + (i + 1)));
        }
        return scripts;
    }

    /** A straight line of {@code count} revisions, each creating one table with three columns and an index. */
    public static ScriptDirectory tables(Path dir, int count, ScriptKind kind) {
        ScriptDirectory scripts = ScriptDirectory.init(dir);
        writeTemplates(scripts.templates());
        RevisionWriter writer = new RevisionWriter(scripts);
        String previous = null;
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "%012x", 0xbe0000000000L + i);
            writer.write(revision(kind, id, previous == null ? List.of() : List.of(previous), Workload.table(i)));
            previous = id;
        }
        return scripts;
    }

    private static NewRevision revision(ScriptKind kind, String id, List<String> revises, String message) {
        return NewRevision.builder(message)
                .kind(kind)
                .id(id)
                .revises(new ArrayList<>(revises))
                .created(CREATED)
                .build();
    }

    /** Templates whose bodies create the table named by the revision's slug (its message). */
    private static void writeTemplates(Path templates) {
        String header = "-- ${message}\n--\n-- revision: ${id}\n-- revises: ${revises}\n"
                + "-- branch_labels: ${branch_labels}\n-- depends_on: ${depends_on}\n-- create_date: ${created}\n\n";
        StringBuilder sql = new StringBuilder(header).append("-- +retort upgrade\n");
        for (String statement : Workload.statements("${slug}")) {
            sql.append(statement).append(";\n\n");
        }
        sql.append("-- +retort downgrade\nDROP TABLE ${slug};\n");
        String java = "import dev.retort.Migration;\nimport dev.retort.Revision;\nimport dev.retort.ops.Ops;\n"
                + "import dev.retort.ops.Types;\n\n"
                + "@Revision(id = ${id}, revises = ${revises},\n"
                + "          message = ${message}, created = ${created}${optional_attributes})\n"
                + "final class ${class_name} implements Migration {\n"
                + "    @Override\n    public void upgrade(Ops op) {\n"
                + Workload.javaUpgrade("${slug}")
                + "    }\n\n    @Override\n    public void downgrade(Ops op) {\n"
                + "        op.dropTable(\"${slug}\");\n    }\n}\n";
        try {
            Files.writeString(templates.resolve("revision.sql.tmpl"), sql);
            Files.writeString(templates.resolve("revision.java.tmpl"), java);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
