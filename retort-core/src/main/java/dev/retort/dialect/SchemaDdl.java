package dev.retort.dialect;

import dev.retort.ops.CheckConstraint;
import dev.retort.ops.Constraint;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.ForeignKey;
import dev.retort.ops.IndexElement;
import dev.retort.ops.PrimaryKey;
import dev.retort.ops.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/** The common forms of index and constraint DDL, calling back into the dialect's hooks. */
final class SchemaDdl {
    private final StandardDialect d;

    SchemaDdl(StandardDialect dialect) {
        this.d = dialect;
    }

    List<String> createIndex(CreateIndex op) {
        String subject = "createIndex " + op.name() + " on " + op.table();
        if (op.where().isPresent() && !d.supportsPartialIndexes()) {
            throw new OperationNotSupportedException(
                    d.displayName() + " has no partial indexes: " + subject + " has where(...); remove the condition");
        }
        if (op.hasExpressions() && !d.supportsExpressionIndexes()) {
            throw new OperationNotSupportedException(d.displayName() + " cannot index expressions: " + subject
                    + " has expression(...); index a (generated) column instead");
        }
        String elements = op.elements().stream().map(d::indexElement).collect(Collectors.joining(", "));
        return List.of("CREATE " + (op.unique() ? "UNIQUE " : "") + "INDEX "
                + (op.concurrently() && d.supportsConcurrentIndexes() ? "CONCURRENTLY " : "")
                + d.quote(op.name()) + " ON " + d.quote(op.table()) + " (" + elements + ")"
                + op.where().map(w -> " WHERE " + w).orElse(""));
    }

    String indexElement(IndexElement element) {
        if (!element.expression()) {
            return d.quote(element.text());
        }
        String sql = element.text().strip();
        return isSingleCall(sql) ? sql : "(" + sql + ")";
    }

    /** Whether {@code sql} is one function call ({@code lower(email)}) or already in parentheses. */
    static boolean isSingleCall(String sql) {
        int open = sql.indexOf('(');
        if (open < 0 || !sql.substring(0, open).strip().matches("([A-Za-z_][A-Za-z0-9_.]*)?")) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i == sql.length() - 1;
            }
        }
        return false;
    }

    String constraintDefinition(Constraint constraint) {
        String prefix =
                constraint.name().map(n -> "CONSTRAINT " + d.quote(n) + " ").orElse("");
        if (constraint instanceof PrimaryKey) {
            return prefix + "PRIMARY KEY (" + columns(((PrimaryKey) constraint).columns()) + ")";
        }
        if (constraint instanceof UniqueConstraint) {
            return prefix + "UNIQUE (" + columns(((UniqueConstraint) constraint).columns()) + ")";
        }
        if (constraint instanceof CheckConstraint) {
            return prefix + "CHECK (" + ((CheckConstraint) constraint).condition() + ")";
        }
        ForeignKey fk = (ForeignKey) constraint;
        return prefix + "FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES " + d.quote(fk.referredTable())
                + " (" + columns(fk.referredColumns()) + ")"
                + fk.onDelete().map(a -> " ON DELETE " + a.sql()).orElse("")
                + fk.onUpdate().map(a -> " ON UPDATE " + a.sql()).orElse("");
    }

    String columns(List<String> names) {
        return names.stream().map(d::quote).collect(Collectors.joining(", "));
    }
}
