package dev.retort.data;

import dev.retort.RetortException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads for migrations ({@code op.scalar}, {@code op.queryForList} and the {@link Table} handles):
 * bound parameters in, rows as maps out. Reads need the live database; offline ({@code --sql}) they
 * fail with an {@link OfflineDataException}.
 */
public final class Queries {
    private static final Logger LOG = LoggerFactory.getLogger(Queries.class);

    private Queries() {}

    /** Every row of a hand-written query with bound {@code params}, as maps from column label to value. */
    public static List<Map<String, Object>> list(DataSession session, String sql, Object... params) {
        return list(session, "queryForList", Fragment.sql(sql, params).render(session::quote));
    }

    /**
     * The first column of the first row of a hand-written query, converted to {@code type} (numbers
     * convert between widths); null when there is no row or the value is SQL NULL.
     */
    public static <T> T scalar(DataSession session, String sql, Class<T> type, Object... params) {
        return scalar(session, "scalar", Fragment.sql(sql, params).render(session::quote), type);
    }

    /** Every row of the query, as maps from column label to value, in column order. */
    static List<Map<String, Object>> list(DataSession session, String helper, SqlText query) {
        if (session.offline()) {
            throw new OfflineDataException(helper + " reads data, which offline --sql mode cannot do: run the"
                    + " revision against the database");
        }
        LOG.debug(
                "{} -- with {} bound parameter(s)", query.sql(), query.params().size());
        Connection connection = session.connection();
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            bind(statement, query.params());
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new RetortException(
                    helper + " failed: " + firstLine(query.sql()) + " (" + databaseMessage(e, query) + ")", e);
        }
    }

    /** The first column of the first row, converted to {@code type}; null for no row or SQL NULL. */
    static <T> T scalar(DataSession session, String helper, SqlText query, Class<T> type) {
        List<Map<String, Object>> rows = list(session, helper, query);
        if (rows.isEmpty()) {
            return null;
        }
        Object value = rows.get(0).values().iterator().next();
        return convert(value, type, helper);
    }

    /** A count query's result. */
    static long count(DataSession session, String helper, SqlText query) {
        Long count = scalar(session, helper, query, Long.class);
        return count == null ? 0 : count;
    }

    static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            statement.setObject(i + 1, value instanceof Enum<?> e ? e.name() : value);
        }
    }

    /** Numbers convert between the JDBC drivers' choices (SQLite counts are Integers, PostgreSQL's Longs). */
    static <T> T convert(Object value, Class<T> type, String helper) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number n) {
            Object converted = number(n, type);
            if (converted != null) {
                return type.cast(converted);
            }
        }
        if (type == String.class) {
            return type.cast(value.toString());
        }
        throw new RetortException(
                helper + ": the value is a " + value.getClass().getName() + ", not a " + type.getName()
                        + "; ask for Object.class or a matching type");
    }

    private static Object number(Number n, Class<?> type) {
        if (type == Long.class) {
            return n.longValue();
        } else if (type == Integer.class) {
            return n.intValue();
        } else if (type == Double.class) {
            return n.doubleValue();
        } else if (type == BigDecimal.class) {
            return new BigDecimal(n.toString());
        } else if (type == BigInteger.class) {
            return new BigDecimal(n.toString()).toBigInteger();
        } else if (type == Boolean.class) {
            return n.intValue() != 0;
        }
        return null;
    }

    /** The database's explanation; with bound values, quoted text in it is masked, as it may quote a value. */
    static String databaseMessage(SQLException e, SqlText statement) {
        String message =
                String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        return statement.params().isEmpty() ? message : message.replaceAll("'(?:[^']|'')*'|\"[^\"]*\"", "'?'");
    }

    static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
