package dev.retort.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"retort " + (version == null ? "development" : version)};
    }
}
