package io.github.berth.engine.build;

import java.util.List;

/** An instruction's {@code --name=value} flags. */
final class Flags {
    private Flags() {}

    /** The value of {@code --name=value} (the last one), "" for a bare {@code --name}, or null. */
    static String value(List<String> flags, String name) {
        String found = null;
        for (String f : flags) {
            if (f.equals("--" + name)) {
                found = "";
            } else if (f.startsWith("--" + name + "=")) {
                found = f.substring(name.length() + 3);
            }
        }
        return found;
    }
}
