package io.github.berth.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {
    @Test
    void berthHomeWins() {
        assertEquals(Path.of("/b"), DataDir.resolve(Map.of("BERTH_HOME", "/b", "XDG_DATA_HOME", "/x"), "/home/u"));
    }

    @Test
    void thenXdgDataHome() {
        assertEquals(Path.of("/x/berth"), DataDir.resolve(Map.of("XDG_DATA_HOME", "/x"), "/home/u"));
    }

    @Test
    void thenTheUsualPlaceUnderHome() {
        assertEquals(Path.of("/home/u/.local/share/berth"), DataDir.resolve(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/berth"), DataDir.resolve(Map.of("BERTH_HOME", ""), "/home/u"));
    }
}
