package dev.retort;

import dev.retort.data.Progress;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child process for the resume tests: upgrades the script directory in {@code args[0]} on the
 * database {@code args[1]}, printing {@code PROGRESS <done>} after each batch, until it is killed.
 */
public final class BackfillProcess {
    private BackfillProcess() {}

    public static void main(String[] args) {
        Settings settings =
                SettingsLoader.of(Path.of(args[0]), Map.of()).url(args[1]).load();
        Retort.create(settings).upgrade("heads", RunOptions.defaults(), new MigrationListener() {
            @Override
            public void progress(Progress progress) {
                System.out.println("PROGRESS " + progress.done());
                System.out.flush();
            }
        });
        System.out.println("DONE");
    }
}
