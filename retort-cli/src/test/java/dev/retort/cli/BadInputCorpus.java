package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;

/** The cases of {@link BadInputTest}, by area. */
final class BadInputCorpus {
    private BadInputCorpus() {}

    static List<BadInput> cases() {
        List<BadInput> all = new ArrayList<>();
        all.addAll(ConfigInputs.cases());
        all.addAll(ConnectionInputs.cases());
        all.addAll(ScriptInputs.cases());
        all.addAll(GraphInputs.cases());
        all.addAll(RunInputs.cases());
        return all;
    }
}
