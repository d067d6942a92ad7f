package dev.retort.cli;

import java.util.List;

/** Bad configuration: retort.toml, options, environment variables, command-line usage. */
final class ConfigInputs {
    private ConfigInputs() {}

    private static BadInput config(String name, String toml) {
        return BadInput.of(name)
                .given(s -> {
                    s.scripts();
                    s.write("retort.toml", toml);
                })
                .run("heads");
    }

    private static String at(Sandbox s, int line) {
        return "error: " + s.dir().resolve("retort.toml") + ":" + line + ": ";
    }

    static List<BadInput> cases() {
        return List.of(
                config("toml syntax error", "[database\nurl = \"jdbc:sqlite:x.db\"\n")
                        .fails(s -> at(s, 1) + "Unexpected end of line, expected ]"),
                config("unknown section", "[databse]\nurl = \"jdbc:sqlite:x.db\"\n")
                        .fails(s -> at(s, 1) + "unknown section [databse] (known: [database, scripts, version_table])"),
                config("misspelt password key", "[database]\npasword = \"" + BadInputTest.PASSWORD + "\"\n")
                        .fails(s -> at(s, 2) + "unknown key 'database.pasword' (known in [database]: url, user,"
                                + " password)"),
                config("url of the wrong type", "[database]\nurl = 5\n")
                        .fails(s -> at(s, 2) + "database.url must be a string"),
                config("version_locations not a list", "[scripts]\nversion_locations = \"migrations/versions\"\n")
                        .fails(s -> at(s, 2) + "scripts.version_locations must be a list of strings"),
                config("unset environment variable", "[database]\npassword = \"${RETORT_TEST_UNSET}\"\n")
                        .fails(s -> at(s, 2) + "database.password: environment variable RETORT_TEST_UNSET is not set"
                                + " (write ${RETORT_TEST_UNSET:-default} to give a default)"),
                config("malformed variable reference", "[database]\nurl = \"${1BAD}\"\n")
                        .fails(s -> at(s, 2) + "database.url: '${1BAD}' is not a valid variable reference"),
                config("unterminated variable reference", "[database]\nurl = \"jdbc:${OOPS\"\n")
                        .fails(s -> at(s, 2) + "database.url: unterminated ${ in value"),
                config("empty version table name", "[version_table]\nname = \"\"\n")
                        .fails(s -> at(s, 2) + "version_table.name must not be empty"),
                config("version location missing", "[scripts]\nversion_locations = [\"migrations/other\"]\n")
                        .fails(s -> "error: version location " + s.dir().resolve("migrations/other")
                                + " does not exist; create it or fix scripts.version_locations"),
                BadInput.of("config file missing")
                        .run("-c", "nope.toml", "heads")
                        .fails("error: config file nope.toml does not exist"),
                BadInput.of("config file is a directory")
                        .given(Sandbox::scripts)
                        .run("-c", "migrations", "heads")
                        .fails("error: config file migrations is a directory; name a TOML file"),
                BadInput.of("script directory missing")
                        .run("heads")
                        .fails(s -> "error: script directory " + s.dir().resolve("migrations")
                                + " does not exist; create one with \"retort init "
                                + s.dir().resolve("migrations")
                                + "\""),
                BadInput.of("script directory is a file")
                        .given(s -> s.write("scripts", "not a directory"))
                        .run("-d", "scripts", "heads")
                        .fails(s -> "error: script directory " + s.dir().resolve("scripts")
                                + " is not a directory; point -d or scripts.dir at the folder holding versions/"),
                BadInput.of("init into a directory that is not empty")
                        .given(s -> s.write("migrations/notes.txt", "x"))
                        .run("init")
                        .fails(s -> "error: " + s.dir().resolve("migrations")
                                + " already exists and is not empty; choose a new directory for the scripts"),
                BadInput.of("-x without a value")
                        .given(Sandbox::scripts)
                        .run("-x", "novalue", "heads")
                        .usage(
                                "error: Value for option '-x' (KEY=VALUE) should be in KEY=VALUE format but was novalue"),
                BadInput.of("negative lock timeout")
                        .given(Sandbox::scripts)
                        .run("upgrade", "--lock-timeout", "-5")
                        .usage("error: --lock-timeout must not be negative"),
                BadInput.of("lock timeout not a number")
                        .given(Sandbox::scripts)
                        .run("upgrade", "--lock-timeout", "soon")
                        .usage("error: Invalid value for option '--lock-timeout': 'soon' is not a long"),
                BadInput.of("unknown option")
                        .run("upgrade", "--no-such-option")
                        .usage("error: Unknown option: '--no-such-option'"),
                BadInput.of("unknown command")
                        .run("upgarde")
                        .usage(
                                "error: Unmatched argument at index 0: 'upgarde'; did you mean 'upgrade' or 'downgrade'? (see 'retort --help')"),
                BadInput.of("downgrade without a target")
                        .run("downgrade")
                        .usage("error: Missing required parameter: 'REV'"),
                BadInput.of("repair without an action")
                        .run("repair", "abc")
                        .usage("error: Missing required argument (specify one of these): (--accept | --applied |"
                                + " --rolled-back | --forget)"));
    }
}
