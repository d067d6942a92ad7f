package dev.retort;

/** A configuration file, option or environment variable is malformed or names something unknown. */
public final class ConfigException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the file, line and key at fault. */
    public ConfigException(String message) {
        super(message);
    }
}
