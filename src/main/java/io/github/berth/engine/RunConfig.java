package io.github.berth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The container's Config from the image's and the run options, as moby's daemon/commit.go merge
 * and docker/cli's opts.go make it: -e values replace the image's variable of the same name in
 * place or are appended (a bare NAME removes it); -w replaces WorkingDir; --entrypoint replaces
 * the Entrypoint and drops the image's Cmd (an empty one clears both); published and --expose'd
 * ports join ExposedPorts.
 */
final class RunConfig {
    private RunConfig() {}

    static ImageConfig merge(ImageConfig image, ContainerOptions o) {
        List<String> env = new ArrayList<>(image.env());
        for (String e : o.env()) {
            int eq = e.indexOf('=');
            String name = eq < 0 ? e : e.substring(0, eq);
            int at = -1;
            for (int i = 0; i < env.size(); i++) {
                String have = env.get(i);
                if (have.equals(name) || have.startsWith(name + "=")) {
                    at = i;
                    break;
                }
            }
            if (eq < 0) {
                if (at >= 0) {
                    env.remove(at);
                }
            } else if (at >= 0) {
                env.set(at, e);
            } else {
                env.add(e);
            }
        }
        List<String> entrypoint = image.entrypoint();
        List<String> cmd = image.cmd();
        if (o.entrypoint() != null) {
            entrypoint = o.entrypoint().isEmpty() ? null : o.entrypoint();
            cmd = null;
        }
        TreeSet<String> exposed = new TreeSet<>(image.exposedPorts());
        exposed.addAll(o.exposed());
        o.ports().forEach(p -> exposed.add(p.containerPort()));
        String workingDir = o.workingDir().isEmpty() ? image.workingDir() : o.workingDir();
        // moby daemon/commit.go merge: the image's labels join the container's, whose own (-l) win
        java.util.Map<String, String> labels = new java.util.TreeMap<>(image.labels());
        labels.putAll(o.labels());
        // moby daemon/commit.go merge: the image's User is the container's unless -u gives one (kept apart)
        return new ImageConfig(env, entrypoint, cmd, workingDir, List.copyOf(exposed), image.stopSignal(), image.user(),
                labels, List.of(), null, List.of(), null);
    }
}
