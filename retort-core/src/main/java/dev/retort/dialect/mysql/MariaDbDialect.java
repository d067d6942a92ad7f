package dev.retort.dialect.mysql;

/**
 * MariaDB 10.6+: the MySQL dialect with MariaDB's differences. MariaDB cannot index expressions
 * (refused with a clear error: index a generated column instead) and drops check constraints with
 * {@code DROP CONSTRAINT}.
 */
public final class MariaDbDialect extends MysqlDialect {
    /** Creates the dialect (the {@link java.util.ServiceLoader} constructor). */
    public MariaDbDialect() {
        super("mariadb", "MariaDB");
    }

    @Override
    public boolean matches(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:mariadb:", 0, 13);
    }

    @Override
    String dropCheckKeyword() {
        return "CONSTRAINT ";
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return false;
    }
}
