package dev.retort.schema;

import java.sql.Connection;
import org.h2.api.Trigger;

/** A trigger class for H2, whose triggers are Java classes. */
public final class H2NoopTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {}
}
