package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.ConstraintType;
import dev.retort.ops.Recreate;
import dev.retort.ops.ReferentialAction;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constraint and index changes in a SQLite batch; unnamed constraints stay as they are. */
class SqliteRebuildConstraintsTest {
    private static final String[] SCHEMA = {
        "CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT UNIQUE)",
        """
        CREATE TABLE player (
            id INTEGER, team_id INTEGER, email TEXT, age INT CHECK (age > 0), nick TEXT,
            PRIMARY KEY (id),
            UNIQUE (nick),
            CONSTRAINT uq_player_email UNIQUE (email),
            CONSTRAINT ck_player_nick CHECK (nick <> ''),
            CONSTRAINT fk_player_team FOREIGN KEY (team_id) REFERENCES team (id)
        )""",
        "CREATE INDEX ix_player_age ON player (age)",
        "INSERT INTO team VALUES (1, 'red'), (2, 'blue')",
        "INSERT INTO player VALUES (1, 1, 'a@x', 20, 'a'), (2, 2, 'b@x', 30, 'b')"
    };

    @Test
    void addsAndDropsNamedConstraintsAndIndexesKeepingUnnamedOnes() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            db.sql(SCHEMA);

            db.op.batchAlterTable("player", b -> {
                b.dropConstraint("uq_player_email");
                b.dropConstraint("CK_PLAYER_NICK", ConstraintType.CHECK);
                b.dropConstraint("fk_player_team", ConstraintType.FOREIGN_KEY);
                b.dropIndex("ix_player_age");
                b.createUniqueConstraint("uq_player_team_email", "team_id", "email");
                b.createCheckConstraint("ck_player_age", "age < 150");
                b.createForeignKey(
                        "fk_player_team_cascade",
                        fk -> fk.columns("team_id").references("team", "id").onDelete(ReferentialAction.CASCADE));
                b.createIndex(
                        "ix_player_email", i -> i.expression("lower(email)").where("email IS NOT NULL"));
                b.createIndex("ix_player_team", "team_id", "age");
            });

            assertThat(db.schema("player"))
                    .hasToString(
                            """
                            table player
                              id INTEGER
                              team_id INTEGER
                              email TEXT
                              age INT
                              nick TEXT
                              PRIMARY KEY (id)
                              CONSTRAINT fk_player_team_cascade FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
                              UNIQUE (nick)
                              CONSTRAINT uq_player_team_email UNIQUE (team_id, email)
                              CHECK (age > 0)
                              CONSTRAINT ck_player_age CHECK (age < 150)
                              index ix_player_email lower(email) WHERE email IS NOT NULL\
                             [CREATE INDEX ix_player_email ON player (lower(email)) WHERE email IS NOT NULL]
                              index ix_player_team team_id, age [CREATE INDEX ix_player_team ON player (team_id, age)]""");
            db.sql("DELETE FROM team WHERE id = 1");
            assertThat(db.query("SELECT id FROM player")).containsExactly(List.of(2));
        }
    }

    @Test
    void createPrimaryKeyReplacesAnUnnamedKeyAndMakesItsColumnsNotNull() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE membership (user_id INT, group_id INT, since TEXT, PRIMARY KEY (user_id))",
                    "INSERT INTO membership VALUES (1, 10, 'x'), (2, 10, 'y')");

            db.op.batchAlterTable("membership", b -> b.createPrimaryKey("pk_membership", "user_id", "group_id"));

            assertThat(db.schema("membership"))
                    .hasToString(
                            """
                            table membership
                              user_id INT NOT NULL
                              group_id INT NOT NULL
                              since TEXT
                              CONSTRAINT pk_membership PRIMARY KEY (user_id, group_id)""");
            assertThat(db.query("SELECT count(*) FROM membership")).containsExactly(List.of(2));
        }
    }

    @Test
    void refusesConstraintsItCannotFindOrPlaceBeforeTouchingTheTable() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(SCHEMA);
            String before = db.schema("player").toString();

            assertThatThrownBy(() -> db.op.batchAlterTable("player", b -> b.dropConstraint("uq_nick")))
                    .isInstanceOf(TableRebuildException.class)
                    .hasMessage("op.batchAlterTable(\"player\"): dropConstraint uq_nick: table player has no constraint"
                            + " of that name; its named constraints are [uq_player_email, ck_player_nick,"
                            + " fk_player_team] (SQLite keeps only names written in CREATE TABLE; unnamed ones cannot"
                            + " be dropped by name)");
            assertThatThrownBy(() -> db.op.batchAlterTable(
                            "player", b -> b.dropConstraint("uq_player_email", ConstraintType.CHECK)))
                    .hasMessageStartingWith(
                            "op.batchAlterTable(\"player\"): dropConstraint uq_player_email: table player has no check"
                                    + " constraint of that name;");
            assertThatThrownBy(() -> db.op.batchAlterTable("player", b -> b.createPrimaryKey("pk", "nope")))
                    .hasMessage("op.batchAlterTable(\"player\"): no column nope in table player; its columns are"
                            + " [id, team_id, email, age, nick]");
            assertThatThrownBy(
                            () -> db.op.batchAlterTable("player", b -> b.createCheckConstraint("uq_player_email", "1")))
                    .hasMessage(
                            "op.batchAlterTable(\"player\"): adding constraint uq_player_email: table player already"
                                    + " has a constraint of that name; drop it first in the same batch");
            assertThatThrownBy(() -> db.op.batchAlterTable("player", Recreate.ALWAYS, b -> b.dropIndex("ix_nope")))
                    .hasMessage(
                            "op.batchAlterTable(\"player\", Recreate.ALWAYS): dropIndex ix_nope: table player has no index ix_nope;"
                                    + " its indexes are [ix_player_age]");
            assertThatThrownBy(() -> db.op.batchAlterTable("team", b -> b.dropColumn("id")))
                    .hasMessage("op.batchAlterTable(\"team\"): column team.id is referenced by player(team_id); drop or"
                            + " change that foreign key first");
            assertThat(db.schema("player")).hasToString(before);
            assertThat(db.sink.statements).isEmpty();
        }
    }
}
