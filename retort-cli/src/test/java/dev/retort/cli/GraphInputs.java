package dev.retort.cli;

import static dev.retort.cli.ScriptInputs.upgrade;

import dev.retort.testing.DatabaseKind;
import java.util.List;

/** Revision graphs that cannot be built, and identifiers that name nothing or too much. */
final class GraphInputs {
    private GraphInputs() {}

    private static final String T = "SELECT 1;";

    static BadInput command(String name, String... args) {
        return BadInput.of(name)
                .on(DatabaseKind.SQLITE)
                .given(s -> s.scripts()
                        .sql("aaaa1111", "", ScriptInputs.GOOD_BASE, "DROP TABLE base_t;")
                        .sql("aaaa2222", "aaaa1111", T, T)
                        .sql("bbbb3333", "aaaa1111", "-- branch_labels: feature\n", T, T, "")
                        .sql("cccc4444", "aaaa2222", "CREATE TABLE no_way_back (id INTEGER);", null))
                .run(s -> {
                    List<String> all = new java.util.ArrayList<>(List.of("--url", s.url()));
                    all.addAll(List.of(args));
                    return all;
                });
    }

    static List<BadInput> cases() {
        return List.of(
                upgrade("cycle", s -> s.scripts().sql("b2", "a1, c3", T, T).sql("c3", "b2", T, T))
                        .fails(
                                "error: the revision graph has a cycle: b2 -> c3 -> b2; fix revises or depends_on in one of versions/b2_r.sql, versions/c3_r.sql"),
                upgrade("duplicate revision id", s -> s.scripts()
                                .sql("b2", "a1", T, T)
                                .write(
                                        "b2_again.sql",
                                        "-- again\n-- revision: b2\n-- revises: a1\n\n-- +retort upgrade\nSELECT 1;\n"))
                        .fails(
                                "error: revision 'b2' is defined twice, in versions/b2_again.sql and versions/b2_r.sql; give one of them a new id"),
                upgrade("unknown parent", s -> s.scripts().sql("b2", "zz99", T, T))
                        .fails(
                                "error: versions/b2_r.sql: revises unknown revision 'zz99'; fix revises or restore the missing revision"),
                upgrade("unknown dependency", s -> s.scripts().sql("b2", "a1", "-- depends_on: nowhere\n", T, T, ""))
                        .fails(
                                "error: versions/b2_r.sql: depends on unknown revision or branch label 'nowhere'; fix depends_on or restore the missing revision"),
                upgrade("duplicate branch label", s -> s.scripts()
                                .sql("b2", "a1", "-- branch_labels: x\n", T, T, "")
                                .sql("c3", "a1", "-- branch_labels: x\n", T, T, ""))
                        .fails(
                                "error: branch label 'x' is declared by both b2 (versions/b2_r.sql) and c3 (versions/c3_r.sql); rename one of them"),
                command("ambiguous prefix", "upgrade", "aaaa")
                        .fails("error: revision prefix 'aaaa' is ambiguous: aaaa1111, aaaa2222; type more characters"),
                command("unknown revision", "upgrade", "zzzz")
                        .fails("error: no revision or branch label 'zzzz'; check the id with 'retort history'"),
                command("head with several heads", "upgrade", "head")
                        .fails(
                                "error: multiple heads for 'head': bbbb3333, cccc4444; name one revision, use 'LABEL@head' for one branch, or 'heads' for all of them"),
                command("relative step beyond base", "downgrade", "-5")
                        .fails("error: relative revision -5 goes beyond base; use a smaller step or 'base'"),
                command("malformed identifier", "upgrade", "feature@@head")
                        .fails("error: no revision or branch label '@head'; check the id with 'retort history'"),
                command("unknown branch label", "upgrade", "nolabel@head")
                        .fails("error: no revision or branch label 'nolabel'; check the id with 'retort history'"),
                command("stamp unknown revision", "stamp", "zzzz")
                        .fails("error: no revision or branch label 'zzzz'; check the id with 'retort history'"),
                command("show unknown revision", "show", "zzzz")
                        .fails("error: no revision or branch label 'zzzz'; check the id with 'retort history'"),
                command("invalid revision id", "revision", "-m", "x", "--head", "cccc4444", "--rev-id", "bad id")
                        .fails(
                                "error: invalid revision id 'bad id': use letters, digits and underscores (not head, heads or base)"),
                command("downgrade through an irreversible revision", "downgrade", "base")
                        .given(s -> s.sql("CREATE TABLE retort_version (version_num VARCHAR(255) PRIMARY KEY)"))
                        .given(s -> s.sql("INSERT INTO retort_version VALUES ('cccc4444')"))
                        .given(s -> s.sql("CREATE TABLE base_t (id INTEGER PRIMARY KEY)"))
                        .fails(
                                "error: cannot downgrade through revision cccc4444 (versions/cccc4444_r.sql): it has no downgrade section; nothing was run"),
                command("offline range without an end", "upgrade", "--sql", "aaaa1111:")
                        .fails("error: upgrade --sql range 'aaaa1111:' has no end revision"));
    }
}
