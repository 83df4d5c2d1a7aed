package io.github.berth.app;

import java.nio.file.Path;
import java.util.Map;

/** Where berth keeps its files: {@code $BERTH_HOME}, else {@code $XDG_DATA_HOME/berth}, else {@code ~/.local/share/berth}. */
final class DataDir {
    private DataDir() {}

    static Path resolve(Map<String, String> env, String userHome) {
        String berthHome = env.get("BERTH_HOME");
        if (berthHome != null && !berthHome.isEmpty()) {
            return Path.of(berthHome);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "berth");
        }
        return Path.of(userHome, ".local", "share", "berth");
    }
}
