package dev.retort.dialect;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MariaDbDialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.ops.Operation;

/** The dialects under test and the rendering of an operation as a script, for golden assertions. */
final class Golden {
    static final Dialect SQLITE = new SqliteDialect();
    static final Dialect POSTGRESQL = new PostgresDialect();
    static final Dialect MYSQL = new MysqlDialect();
    static final Dialect MARIADB = new MariaDbDialect();
    static final Dialect H2 = new H2Dialect();

    private Golden() {}

    /** Each statement followed by {@code ;} and a newline, as a text block reads. */
    static String sql(Dialect dialect, Operation operation) {
        StringBuilder script = new StringBuilder();
        dialect.render(operation).forEach(s -> script.append(s).append(";\n"));
        return script.toString();
    }
}
