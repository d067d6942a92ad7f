package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts, in one scan of the old table and before anything is copied, the rows that the rebuilt
 * table would reject or change: NULLs in columns made {@code NOT NULL}, values a type change would
 * not convert without loss, and rows that would get no value for a new {@code NOT NULL} column.
 */
final class RowChecks {
    private final List<String> counts = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private RowChecks() {}

    /**
     * @throws IncompatibleRowsException naming the first column with offending rows and their number
     */
    static void verify(SqliteSession session, Dialect dialect, String table, TableModel model) {
        RowChecks checks = new RowChecks();
        String subject = session.subject() + ": ";
        for (CopyColumn copy : model.copies()) {
            String source = dialect.quote(copy.source());
            if (copy.rejectNulls()) {
                checks.add(
                        "coalesce(sum(" + source + " IS NULL), 0)",
                        subject + "cannot make " + table + "." + copy.target() + " NOT NULL: {rows} NULL in "
                                + copy.source() + "; update them first (op.execute(\"UPDATE ...\"))");
            }
            if (copy.conversion() != Conversion.NONE) {
                checks.add(
                        "coalesce(sum(" + copy.conversion().loses(source) + "), 0)",
                        subject + "changing the type of " + table + "." + copy.target() + " would lose data: {rows}"
                                + " a value that is not " + copy.conversion().describe()
                                + " (text, a blob or a fraction); convert or clean them first (op.execute(\"UPDATE ...\"))");
            }
        }
        for (String column : model.valuelessColumns()) {
            checks.add(
                    "count(*)",
                    subject + "cannot add NOT NULL column " + column + " without a server default to " + table
                            + ": {rows} no value for it; give it serverDefault(...)");
        }
        checks.run(session, dialect.quote(table));
    }

    private void add(String count, String failure) {
        counts.add(count);
        failures.add(failure);
    }

    private void run(SqliteSession session, String table) {
        if (counts.isEmpty()) {
            return;
        }
        List<long[]> results = session.query("SELECT " + String.join(", ", counts) + " FROM " + table, row -> {
            long[] values = new long[counts.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getLong(i + 1);
            }
            return values;
        });
        long[] values = results.get(0);
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                String rows = values[i] + (values[i] == 1 ? " row has" : " rows have");
                throw new IncompatibleRowsException(failures.get(i).replace("{rows}", rows));
            }
        }
    }
}
