package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;

/**
 * Which Python a {@code python} executable is: the official images say so in PYTHON_VERSION;
 * Ubuntu 16.04's packages install Python 2.7.12 as python and python2.7, and 3.5.2 as python3
 * and python3.5; otherwise berth's default, the python image's 3.12.
 */
final class PythonVersions {
    static final String DEFAULT = "3.12.11";

    private PythonVersions() {}

    static String of(String pythonVersionVariable, MemoryFs fs, String argv0) {
        if (pythonVersionVariable != null) {
            return pythonVersionVariable;
        }
        if (xenial(fs)) {
            String name = argv0.substring(argv0.lastIndexOf('/') + 1);
            return name.startsWith("python3") ? "3.5.2" : "2.7.12";
        }
        return DEFAULT;
    }

    static boolean xenial(MemoryFs fs) {
        return Servers.read(fs, "/etc/os-release").map(t -> t.contains("\nVERSION_CODENAME=xenial")).orElse(false);
    }

    static boolean two(String version) {
        return version.startsWith("2.");
    }
}
