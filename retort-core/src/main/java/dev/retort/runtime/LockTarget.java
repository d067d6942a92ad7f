package dev.retort.runtime;

import dev.retort.Redaction;

/**
 * What a lock protects, as messages name it: the password-free URL and the database-level lock
 * ({@code key retort:public.retort_version}, {@code lock file /data/app.db.retort-lock}).
 */
record LockTarget(String url, String subject) {
    static LockTarget of(String jdbcUrl, String subject) {
        return new LockTarget(Redaction.redactUrl(jdbcUrl), subject);
    }

    /** {@code <url> (<subject>)}. */
    String where() {
        return url + " (" + subject + ")";
    }
}
