package io.github.berth.engine.build;

import io.github.berth.engine.HistoryEntry;
import io.github.berth.engine.ImageConfig;
import io.github.berth.fs.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A build stage while it is built: its root filesystem, config, history, layers and cache key. */
final class StageState {
    final String name;
    Node.Dir tree;
    String key;
    Instant time;
    String legacyId;
    String legacyKey;
    final List<String> layers = new ArrayList<>();
    /** The layers this build's steps made, each with whether it came from the cache. */
    final Map<String, Boolean> builtLayers = new LinkedHashMap<>();
    final List<HistoryEntry> history = new ArrayList<>();
    final Map<String, String> args = new LinkedHashMap<>();
    final Map<String, String> env = new LinkedHashMap<>();
    List<String> entrypoint;
    List<String> cmd;
    boolean cmdSet;
    String workingDir = "";
    String user = "";
    final Map<String, String> labels = new LinkedHashMap<>();
    final Set<String> exposed = new LinkedHashSet<>();
    final Set<String> volumes = new LinkedHashSet<>();
    String stopSignal = "";
    ImageConfig.Healthcheck healthcheck;
    final List<String> onBuild = new ArrayList<>();
    List<String> shell;
    int cmdTotal;
    int cmdIndex;

    StageState(String name) {
        this.name = name;
    }

    void inherit(ImageConfig c) {
        for (String e : c.env()) {
            int eq = e.indexOf('=');
            env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        entrypoint = c.entrypoint();
        cmd = c.cmd();
        workingDir = c.workingDir();
        user = c.user();
        labels.putAll(c.labels());
        exposed.addAll(c.exposedPorts());
        volumes.addAll(c.volumes());
        stopSignal = c.stopSignal();
        healthcheck = c.healthcheck();
        shell = c.shell();
    }

    /** Variables for expanding words: build arguments, then the environment over them. */
    Map<String, String> expansionEnv() {
        Map<String, String> all = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (v != null) {
                all.put(k, v);
            }
        });
        all.putAll(env);
        return all;
    }

    List<String> envList() {
        List<String> list = new ArrayList<>();
        env.forEach((k, v) -> list.add(k + "=" + v));
        return list;
    }

    ImageConfig config() {
        return new ImageConfig(envList(), entrypoint, cmd, workingDir, List.copyOf(exposed), stopSignal, user, labels,
                List.copyOf(volumes), healthcheck, onBuild, shell);
    }

    List<String> shellOrDefault() {
        return shell == null || shell.isEmpty() ? List.of("/bin/sh", "-c") : shell;
    }

    /** The working directory as a path to resolve against ("/" when unset). */
    String cwd() {
        return workingDir.isEmpty() ? "/" : workingDir;
    }
}
