package io.github.berth.sandbox;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * The parts of an Ubuntu 24.04 host that the learner's tools look at: the users (root, and the
 * learner as uid 1000 in the sudo and docker groups, as the first user of a machine with Docker
 * installed is), the host name, root's home, /tmp, and merged /usr ({@code /bin -> usr/bin}).
 */
final class HostFiles {
    static final int LEARNER_UID = 1000;

    private HostFiles() {}

    static void install(MemoryFs fs) {
        fs.writeFile("/etc/passwd", """
                root:x:0:0:root:/root:/bin/bash
                daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
                bin:x:2:2:bin:/bin:/usr/sbin/nologin
                sys:x:3:3:sys:/dev:/usr/sbin/nologin
                nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
                learner:x:1000:1000:learner:/home/learner:/bin/bash
                """);
        fs.writeFile("/etc/group", """
                root:x:0:
                daemon:x:1:
                bin:x:2:
                sys:x:3:
                adm:x:4:learner
                sudo:x:27:learner
                nogroup:x:65534:
                learner:x:1000:
                docker:x:988:learner
                """);
        fs.writeFile("/etc/hostname", "berth\n");
        fs.put("/root", new Node.Dir(new TreeMap<>(), 0700, fs.stamp()));
        fs.put("/tmp", new Node.Dir(new TreeMap<>(), 01777, fs.stamp()));
        fs.mkdirs("/usr/bin");
        fs.mkdirs("/usr/sbin");
        fs.mkdirs("/var/lib");
        fs.put("/bin", new Node.Symlink("usr/bin", fs.stamp()));
        fs.put("/sbin", new Node.Symlink("usr/sbin", fs.stamp()));
        Node.Meta learner = new Node.Meta(LEARNER_UID, LEARNER_UID, fs.stamp().mtime());
        fs.put("/home/learner", new Node.Dir(new TreeMap<>(), 0750, learner));
        fs.put("/home/learner/.bashrc", new Node.File(
                "# ~/.bashrc: executed by bash(1) for non-login shells.\n".getBytes(StandardCharsets.UTF_8),
                0644, null, learner));
    }
}
