package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path cwd;

    private Path config(String text) throws Exception {
        return Files.writeString(cwd.resolve("retort.toml"), text);
    }

    @Test
    void defaultsWithoutAConfigFile() {
        Settings s = SettingsLoader.of(cwd, Map.of()).load();
        assertThat(s.configFile()).isEmpty();
        assertThat(s.scriptDirectory()).isEqualTo(cwd.resolve("migrations"));
        assertThat(s.versionLocations()).containsExactly(cwd.resolve("migrations/versions"));
        assertThat(s.effectiveUrl()).isEqualTo("jdbc:sqlite:" + cwd.resolve("retort.db"));
        assertThat(s.versionTable()).isEqualTo("retort_version");
        assertThat(s.versionTableSchema()).isEmpty();
    }

    @Test
    void readsEverySectionAndResolvesPathsAgainstTheConfigFile() throws Exception {
        Path sub = Files.createDirectories(cwd.resolve("app"));
        Files.writeString(
                sub.resolve("retort.toml"),
                """
                [database]
                url = "jdbc:postgresql://localhost:5432/app"
                user = "app"
                password = "s3cret"

                [scripts]
                dir = "db"
                version_locations = ["db/versions", "db/more"]

                [version_table]
                name = "alembic_version"
                schema = "public"
                """);
        Settings s = SettingsLoader.of(cwd, Map.of())
                .configFile(Path.of("app/retort.toml"))
                .load();
        assertThat(s.url()).contains("jdbc:postgresql://localhost:5432/app");
        assertThat(s.user()).contains("app");
        assertThat(s.password()).contains("s3cret");
        assertThat(s.scriptDirectory()).isEqualTo(sub.resolve("db"));
        assertThat(s.versionLocations()).containsExactly(sub.resolve("db/versions"), sub.resolve("db/more"));
        assertThat(s.versionTable()).isEqualTo("alembic_version");
        assertThat(s.versionTableSchema()).contains("public");
        assertThat(s.effectiveUrl()).isEqualTo("jdbc:postgresql://localhost:5432/app");
    }

    @Test
    void precedenceIsCommandLineThenEnvironmentThenFile() throws Exception {
        config(
                """
                [database]
                url = "jdbc:sqlite:file.db"
                user = "file-user"
                password = "file-pass"
                """);
        Map<String, String> env = Map.of("RETORT_URL", "jdbc:sqlite:env.db", "RETORT_USER", "env-user");
        Settings fromEnv = SettingsLoader.of(cwd, env).load();
        assertThat(fromEnv.url()).contains("jdbc:sqlite:env.db");
        assertThat(fromEnv.user()).contains("env-user");
        assertThat(fromEnv.password()).contains("file-pass");

        Settings fromCli = SettingsLoader.of(cwd, env)
                .url("jdbc:sqlite:cli.db")
                .user("cli-user")
                .load();
        assertThat(fromCli.url()).contains("jdbc:sqlite:cli.db");
        assertThat(fromCli.user()).contains("cli-user");
    }

    @Test
    void interpolatesEnvironmentVariablesWithDefaults() throws Exception {
        config(
                """
                [database]
                url = "jdbc:postgresql://${DB_HOST:-localhost}:5432/${DB_NAME}"
                password = "${APP_DB_PASSWORD}"
                user = "a$$b${EMPTY:-fallback}"
                """);
        Settings s = SettingsLoader.of(cwd, Map.of("DB_NAME", "app", "APP_DB_PASSWORD", "pw", "EMPTY", ""))
                .load();
        assertThat(s.url()).contains("jdbc:postgresql://localhost:5432/app");
        assertThat(s.password()).contains("pw");
        assertThat(s.user()).contains("a$bfallback");
    }

    @Test
    void unsetVariableWithoutDefaultIsAnErrorNamingFileLineAndVariable() throws Exception {
        config(
                """
                [database]
                url = "jdbc:sqlite:x.db"
                password = "${APP_DB_PASSWORD}"
                """);
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of()).load())
                .isInstanceOf(ConfigException.class)
                .hasMessage(cwd.resolve("retort.toml") + ":3: database.password: environment variable "
                        + "APP_DB_PASSWORD is not set (write ${APP_DB_PASSWORD:-default} to give a default)");
    }

    @Test
    void unknownKeysAndSectionsAreErrors() throws Exception {
        config(
                """
                [database]
                url = "jdbc:sqlite:x.db"
                pasword = "x"
                """);
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of()).load())
                .hasMessage(cwd.resolve("retort.toml")
                        + ":3: unknown key 'database.pasword' (known in [database]: url, user, password)");
        config("[databse]\nurl = \"x\"\n");
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of()).load())
                .hasMessageContaining(":1: unknown section [databse] (known: [database, scripts, version_table])");
    }

    @Test
    void malformedTomlAndWrongTypesAreOneLineErrors() throws Exception {
        config("[database]\nurl = \"unterminated\n");
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of()).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(cwd.resolve("retort.toml") + ":2: ")
                .hasMessageNotContaining("\n");
        config("[scripts]\nversion_locations = \"versions\"\n");
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of()).load())
                .hasMessageEndingWith(":2: scripts.version_locations must be a list of strings");
        config("[database]\nurl = 5\n");
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of()).load())
                .hasMessageEndingWith(":2: database.url must be a string");
    }

    @Test
    void namedConfigFileMustExist() {
        assertThatThrownBy(() -> SettingsLoader.of(cwd, Map.of())
                        .configFile(Path.of("nope.toml"))
                        .load())
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file nope.toml does not exist");
    }

    @Test
    void toStringNeverShowsThePassword() {
        Settings s = SettingsLoader.of(cwd, Map.of())
                .url("jdbc:postgresql://h/db?user=u&password=hunter2")
                .password("hunter2")
                .load();
        assertThat(s.toString()).doesNotContain("hunter2").contains("password=****");
    }

    @Test
    void redactsPasswordsInUrlsAndMessages() {
        assertThat(Redaction.redactUrl("jdbc:mysql://u:pw@host/db")).isEqualTo("jdbc:mysql://u:****@host/db");
        assertThat(Redaction.redactUrl("jdbc:postgresql://h/db?user=u&password=pw&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true");
        assertThat(Redaction.redact("failed for pw at jdbc:x://h;PASSWORD=pw", "pw"))
                .isEqualTo("failed for **** at jdbc:x://h;PASSWORD=****");
        assertThat(Optional.ofNullable(Redaction.redactUrl(null))).isEmpty();
        assertThat(List.of()).isEmpty();
    }
}
