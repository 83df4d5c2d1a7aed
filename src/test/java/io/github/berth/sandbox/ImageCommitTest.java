package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** docker commit (moby v28.2.2 daemon/commit.go, daemon/images/image_commit.go; docker/cli commit.go). */
class ImageCommitTest {
    private final Lines s = new Lines();

    @Test
    void scratch() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        System.out.println(s.run("docker commit -a 'Ann <ann@example.com>' -m 'a note' box notes:v1"));
        System.out.println(s.run("docker history notes:v1"));
        System.out.println(s.run("docker image inspect notes:v1"));
        System.out.println(s.run("docker run --rm notes:v1 cat /root/note"));
        System.out.println(s.run("docker images"));
        System.out.println(s.run("docker commit -c 'CMD [\"cat\", \"/root/note\"]' -c 'ENV A=1' -c 'EXPOSE 80' box"));
        System.out.println(s.run("docker commit -c 'RUN x' box"));
        System.out.println(s.run("docker commit nosuch"));
        System.out.println(s.run("docker commit --help"));
    }
}
