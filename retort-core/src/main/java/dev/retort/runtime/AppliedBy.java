package dev.retort.runtime;

import java.net.InetAddress;

/** Who runs a migration, for the history table: the operating-system user and the host. */
final class AppliedBy {
    private static String cached;

    private AppliedBy() {}

    static synchronized String current() {
        if (cached == null) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "unknown-host";
            }
            cached = System.getProperty("user.name", "unknown") + "@" + host;
        }
        return cached;
    }
}
