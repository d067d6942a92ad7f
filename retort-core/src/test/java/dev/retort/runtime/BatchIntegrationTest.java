package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Column;
import dev.retort.ops.ConstraintType;
import dev.retort.ops.Recreate;
import dev.retort.ops.Types;
import dev.retort.runtime.ReflectedSchema.ForeignKeyInfo;
import dev.retort.runtime.ReflectedSchema.IndexInfo;
import dev.retort.testing.DatabaseKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same batch on every database: ordinary {@code ALTER} statements on PostgreSQL, MariaDB and
 * H2, a rebuild on SQLite, with the same result read back through JDBC metadata.
 */
class BatchIntegrationTest {
    private static void teamsAndPlayers(LiveDatabase db) {
        db.op.createTable("team", t -> t.column("id", Types.integer(), Column::primaryKey));
        db.op.createTable("player", t -> t.column("id", Types.integer(), Column::primaryKey)
                .column("team_id", Types.integer())
                .column("name", Types.string(50))
                .column("score", Types.floatType())
                .column("legacy", Types.string(10)));
        db.op.createIndex("ix_player_legacy", "player", "legacy");
        db.op.bulkInsert("team", List.of(Map.of("id", 1), Map.of("id", 2)));
        db.op.bulkInsert(
                "player",
                List.of(
                        Map.of("id", 1, "team_id", 1, "name", "ann", "score", 1.5, "legacy", "x"),
                        Map.of("id", 2, "team_id", 2, "name", "bob", "score", 2.0, "legacy", "y")));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void columnsConstraintsAndIndexesChangeAlikeEverywhere(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            teamsAndPlayers(db);

            db.op.batchAlterTable("player", b -> {
                b.addColumn(Column.of("active", Types.bool()).notNull().serverDefault(true));
                b.alterColumn("score", c -> c.type(Types.numeric(10, 2))
                        .existingType(Types.floatType())
                        .using("score::numeric(10,2)"));
                b.alterColumn("name", c -> c.notNull().existingType(Types.string(50)));
                b.alterColumn(
                        "name",
                        c -> c.rename("nick").existingType(Types.string(50)).existingNullable(false));
                b.dropIndex("ix_player_legacy");
                b.dropColumn("legacy");
                b.createIndex("ix_player_nick", "nick");
                b.createUniqueConstraint("uq_player_team_nick", "team_id", "nick");
                b.createCheckConstraint("ck_player_score", "score >= 0");
                b.createForeignKey("fk_player_team", fk -> fk.columns("team_id").references("team", "id"));
            });

            assertThat(db.schema.columns("player").keySet())
                    .containsExactlyInAnyOrder("id", "team_id", "nick", "score", "active");
            assertThat(db.schema.column("player", "nick").nullable()).isFalse();
            assertThat(db.schema.column("player", "score").typeName()).matches("(?i)numeric|decimal");
            assertThat(db.schema.column("player", "active").nullable()).isFalse();
            assertThat(db.schema.indexes("player"))
                    .containsKey("ix_player_nick")
                    .doesNotContainKey("ix_player_legacy");
            assertThat(db.schema.indexes("player").values())
                    .extracting(IndexInfo::unique, IndexInfo::columns)
                    .contains(org.assertj.core.groups.Tuple.tuple(true, List.of("team_id", "nick")));
            assertThat(db.schema.foreignKeys("player"))
                    .extracting(ForeignKeyInfo::columns, ForeignKeyInfo::referredTable)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("team_id"), "team"));
            List<List<Object>> rows = db.schema.rows("SELECT id, team_id, nick, score FROM player ORDER BY id");
            assertThat(rows).extracting(r -> r.get(2)).containsExactly("ann", "bob");
            assertThat(rows)
                    .extracting(r -> new BigDecimal(String.valueOf(r.get(3))))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1.5"), new BigDecimal("2"));
            assertThat(db.refuses("INSERT INTO player (id, team_id, nick, score) VALUES (3, 1, 'cy', -1)"))
                    .isTrue();
            assertThat(db.refuses("INSERT INTO player (id, team_id, nick, score) VALUES (3, 9, 'cy', 1)"))
                    .isTrue();
            assertThat(db.refuses("INSERT INTO player (id, team_id, nick, score) VALUES (3, 1, 'ann', 1)"))
                    .isTrue();
            assertThat(db.refuses("INSERT INTO player (id, team_id, nick, score) VALUES (3, 1, 'cy', 1)"))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void namedConstraintsAreDroppedAgainAlikeEverywhere(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            teamsAndPlayers(db);
            Map<String, String> before = db.schema.snapshot();
            db.op.batchAlterTable("player", b -> {
                b.createUniqueConstraint("uq_player_name", "name");
                b.createCheckConstraint("ck_player_score", "score >= 0");
                b.createForeignKey("fk_player_team", fk -> fk.columns("team_id").references("team", "id"));
            });

            db.op.batchAlterTable("player", Recreate.ALWAYS, b -> {
                b.dropConstraint("fk_player_team", ConstraintType.FOREIGN_KEY);
                b.dropConstraint("ck_player_score", ConstraintType.CHECK);
                b.dropConstraint("uq_player_name", ConstraintType.UNIQUE);
                if (kind == DatabaseKind.MARIADB) {
                    b.dropIndex("fk_player_team"); // MariaDB keeps the index it made for the foreign key
                }
            });

            assertThat(db.schema.snapshot()).isEqualTo(before);
            assertThat(db.refuses("INSERT INTO player (id, team_id, name, score) VALUES (3, 9, 'ann', -1)"))
                    .isFalse();
        }
    }
}
