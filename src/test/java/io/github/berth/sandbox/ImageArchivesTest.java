package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageArchivesTest {
    private final Lines s = new Lines();

    @Test
    void scratch() {
        for (String c : new String[] {"save", "load", "export", "import"}) {
            System.out.println(s.run("docker " + c + " --help").out());
        }
        s.out("docker pull -q alpine");
        System.out.println(s.run("docker save alpine"));
        System.out.println(s.run("docker save -o alpine.tar alpine"));
        System.out.println(s.run("ls -l"));
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("/tmp/ic/alpine.tar"),
                    s.sandbox.files().read(s.sandbox.files().absolute("alpine.tar")).orElseThrow());
        } catch (Exception e) { throw new RuntimeException(e); }
        System.out.println(s.run("docker save alpine > a2.tar; ls -l a2.tar"));
        System.out.println(s.run("docker rmi alpine"));
        System.out.println(s.run("docker load -i alpine.tar"));
        System.out.println(s.run("docker images"));
        System.out.println(s.run("docker run --rm alpine echo hi"));
        System.out.println(s.run("docker load < a2.tar"));
        System.out.println(s.run("docker load"));
        System.out.println(s.run("docker load -i nosuch.tar"));
        System.out.println(s.run("docker save nosuch"));
        System.out.println(s.run("docker save nosuch:1"));
        System.out.println(s.run("docker save -o nodir/x.tar alpine"));
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        System.out.println(s.run("docker export box > box.tar; ls -l box.tar"));
        System.out.println(s.run("docker import box.tar mybox"));
        System.out.println(s.run("docker run --rm mybox cat /root/note"));
        System.out.println(s.run("docker run --rm mybox /bin/cat /root/note"));
        System.out.println(s.run("docker run --rm mybox /bin/ls -l /bin/cat /bin/busybox"));
        System.out.println(s.run("docker run --rm alpine ls -l /bin/cat /bin/busybox"));
        System.out.println(s.run("docker history mybox"));
        System.out.println(s.run("docker import -c 'CMD [\"cat\",\"/root/note\"]' -m hello - other:1 < box.tar"));
        System.out.println(s.run("docker run --rm other:1"));
        System.out.println(s.run("docker images"));
        System.out.println(s.run("docker export box"));
        System.out.println(s.run("docker import nosuch.tar"));
    }
}
