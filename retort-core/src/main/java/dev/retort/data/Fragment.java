package dev.retort.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A piece of SQL kept apart from the database it will run on: text with its bound values, and
 * identifiers that are quoted only when rendered for a database. Immutable.
 */
final class Fragment {
    private sealed interface Part permits Raw, Name {}

    private record Raw(String sql, List<Object> params) implements Part {}

    private record Name(String identifier) implements Part {}

    private final List<Part> parts;

    private Fragment(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** SQL text without parameters. */
    static Fragment sql(String sql) {
        return new Fragment(List.of(new Raw(sql, List.of())));
    }

    /** SQL text with {@code ?} placeholders bound to {@code params} ({@code null} is one NULL value). */
    static Fragment sql(String sql, Object[] params) {
        return new Fragment(List.of(new Raw(sql, params == null ? nullList() : Arrays.asList(params))));
    }

    /** One bound value. */
    static Fragment value(Object value) {
        List<Object> param = new ArrayList<>(1);
        param.add(value);
        return new Fragment(List.of(new Raw("?", param)));
    }

    /** An identifier, quoted as the database needs it. */
    static Fragment name(String identifier) {
        return new Fragment(List.of(new Name(identifier)));
    }

    /** This fragment followed by {@code next}. */
    Fragment then(Fragment next) {
        List<Part> joined = new ArrayList<>(parts);
        joined.addAll(next.parts);
        return new Fragment(joined);
    }

    /** This fragment followed by plain text. */
    Fragment then(String text) {
        return then(sql(text));
    }

    /** The SQL for a database quoting identifiers with {@code quote}. */
    SqlText render(UnaryOperator<String> quote) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Raw raw) {
                sql.append(raw.sql());
                params.addAll(raw.params());
            } else {
                sql.append(quote.apply(((Name) part).identifier()));
            }
        }
        return new SqlText(sql.toString(), params);
    }

    /** Items joined with {@code separator}. */
    static Fragment join(List<Fragment> items, String separator) {
        Fragment result = sql("");
        for (int i = 0; i < items.size(); i++) {
            result = i == 0 ? result.then(items.get(i)) : result.then(separator).then(items.get(i));
        }
        return result;
    }

    private static List<Object> nullList() {
        // sql("x = ?", (Object[]) null) is one NULL parameter, as with op.execute
        List<Object> one = new ArrayList<>(1);
        one.add(null);
        return one;
    }
}
