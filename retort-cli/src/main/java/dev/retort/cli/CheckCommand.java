package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.check.CheckReport;
import dev.retort.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort check}: one finding per line ({@code file:line: message}), exit 1 on any. */
@Command(
        name = "check",
        description = "Validate scripts and graph, applied checksums and dirty revisions, and lint pending"
                + " revisions; exit 1 on a finding.")
final class CheckCommand extends Subcommand {
    @Option(names = "--no-database", description = "Check the files alone, without reading the database.")
    boolean noDatabase;

    @Override
    void run() {
        CheckReport report = retort().check(!noDatabase);
        if (json()) {
            out().println(Json.write(json(report)));
        } else {
            report.findings().forEach(f -> out().println(line(f)));
            if (verbose()) {
                report.notes().forEach(n -> out().println("note: " + n));
            }
            if (report.ok() && !quiet()) {
                out().println("No problems found: " + summary(report));
            }
        }
        if (!report.ok()) {
            int n = report.findings().size();
            throw new RetortException(
                    "check found " + n + (n == 1 ? " problem" : " problems") + " (" + summary(report) + ")");
        }
    }

    private String line(Finding finding) {
        if (finding.file().isEmpty()) {
            return finding.code().equals("graph") ? finding.message() : "database: " + finding.message();
        }
        String where = shown(finding.file().get()) + (finding.line() > 0 ? ":" + finding.line() : "");
        return where + ": " + finding.message();
    }

    private static String summary(CheckReport report) {
        String revisions = report.revisions() + (report.revisions() == 1 ? " revision" : " revisions");
        return report.databaseChecked()
                ? revisions + ", " + report.applied() + " applied, " + report.pending() + " pending"
                : revisions + ", database not read";
    }

    private Map<String, Object> json(CheckReport report) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ok", report.ok());
        o.put("revisions", report.revisions());
        o.put("database_checked", report.databaseChecked());
        o.put("applied", report.databaseChecked() ? report.applied() : null);
        o.put("pending", report.databaseChecked() ? report.pending() : null);
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", f.code());
            item.put("revision", f.revision().orElse(null));
            item.put("file", f.file().map(this::shown).orElse(null));
            item.put("line", f.line() > 0 ? f.line() : null);
            item.put("message", f.message());
            findings.add(item);
        }
        o.put("findings", findings);
        o.put("notes", report.notes());
        return o;
    }
}
