package io.github.berth.sandbox;

import io.github.berth.cli.DockerDataFiles;
import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.Image;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The host's {@code /var/lib/docker}, made afresh from the engine's state on every access and
 * never stored: {@code containers/<id>/} with {@code config.v2.json}, {@code hostconfig.json},
 * {@code <id>-json.log} (once started) and the files moby writes at the first start; the other
 * top-level directories of an overlay2 daemon, empty. Modes and owners as dockerd creates them:
 * root's, {@code /var/lib/docker} and {@code containers} 0710, so only root can look inside.
 * Changes made under it are lost at the next access: the view is read-only in effect.
 */
final class DockerDataDir implements Supplier<Node.Dir> {
    private static final List<String> TOP = List.of("buildkit", "containers", "engine-id", "image", "network",
            "overlay2", "plugins", "runtimes", "swarm", "tmp", "volumes");

    private final Engine engine;

    DockerDataDir(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Node.Dir get() {
        Node.Meta root = new Node.Meta(0, 0, engine.clock().instant());
        TreeMap<String, Node> top = new TreeMap<>();
        for (String name : TOP) {
            if (name.equals("engine-id")) {
                top.put(name, file("0d5c0a1e-8c1b-4b5e-9d4f-2f3b7c9e6a10\n", 0600, root));
            } else if (!name.equals("containers")) {
                top.put(name, new Node.Dir(new TreeMap<>(), 0700, root));
            }
        }
        TreeMap<String, Node> containers = new TreeMap<>();
        for (Container c : engine.containers()) {
            Image image = engine.imageById(c.imageId()).orElse(null);
            if (image == null) {
                continue;
            }
            Node.Meta made = new Node.Meta(0, 0, c.created());
            TreeMap<String, Node> files = new TreeMap<>();
            files.put("checkpoints", new Node.Dir(new TreeMap<>(), 0700, made));
            files.put("config.v2.json", file(DockerDataFiles.configV2(c, image, engine), 0600, root));
            files.put("hostconfig.json", file(DockerDataFiles.hostConfig(c, image, engine), 0600, root));
            if (c.startCount() > 0) {
                files.put(c.id() + "-json.log", file(DockerDataFiles.jsonLog(engine.logs(c.id())), 0640, root));
                files.put("hostname", file(c.shortId() + "\n", 0644, made));
                files.put("hosts", file("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
                        + "fe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\n"
                        + "ff02::2\tip6-allrouters\n172.17.0.2\t" + c.shortId() + "\n", 0644, made));
                files.put("mounts", new Node.Dir(new TreeMap<>(), 0700, made));
                files.put("resolv.conf", file("nameserver 8.8.8.8\nnameserver 8.8.4.4\n", 0644, made));
                files.put("resolv.conf.hash", file("", 0600, made));
            }
            containers.put(c.id(), new Node.Dir(files, 0710, made));
        }
        top.put("containers", new Node.Dir(containers, 0710, root));
        return new Node.Dir(top, 0710, root);
    }

    private static Node.File file(String text, int mode, Node.Meta meta) {
        return new Node.File(text.getBytes(StandardCharsets.UTF_8), mode, null, meta);
    }
}
