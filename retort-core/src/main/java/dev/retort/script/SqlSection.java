package dev.retort.script;

import java.util.List;

/** The upgrade or downgrade section of a SQL revision: where it starts and its chunks. */
record SqlSection(int line, List<SqlChunk> chunks) {
    SqlSection {
        chunks = List.copyOf(chunks);
    }
}
