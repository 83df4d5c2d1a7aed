package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official images' users and groups beyond root, from their Dockerfiles' useradd/groupadd
 * lines (nginxinc/docker-nginx, docker-library/redis, postgres, mysql, nodejs/docker-node) and the
 * base distributions' account files: -u NAME, id, whoami and ls -l find names as in the images.
 */
class ImageAccountsTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of(), false);

    private String out(String line) {
        CapturedOutput out = new CapturedOutput();
        sandbox.run(line, out);
        return out.out();
    }

    @Test
    void eachServersOwnUserRunsByName() {
        assertEquals("uid=101(nginx) gid=101(nginx) groups=101(nginx)\n", out("docker run --rm -u nginx nginx id"));
        assertEquals("nginx\n", out("docker run --rm -u nginx nginx whoami"));
        assertEquals("uid=101(nginx) gid=101(nginx) groups=101(nginx)\n", out("docker run --rm nginx:alpine id nginx"));
        assertEquals("uid=999(redis) gid=999(redis) groups=999(redis)\n", out("docker run --rm -u redis redis id"));
        assertEquals("uid=999(postgres) gid=999(postgres) groups=999(postgres),101(ssl-cert)\n",
                out("docker run --rm -u postgres postgres id"));
        assertEquals("uid=999(mysql) gid=999(mysql) groups=999(mysql)\n", out("docker run --rm -u mysql mysql id"));
        assertEquals("uid=1000(node) gid=1000(node) groups=1000(node)\n", out("docker run --rm -u node node id"));
    }

    @Test
    void theDistributionsAccountsAreBasePasswds() {
        assertEquals("uid=33(www-data) gid=33(www-data) groups=33(www-data)\n",
                out("docker run --rm -u www-data httpd id"));
        assertEquals("uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n",
                out("docker run --rm -u nobody debian id"));
        assertEquals("uid=1(daemon) gid=1(daemon) groups=1(daemon)\n", out("docker run --rm -u daemon python:3.12-slim id"));
        assertEquals("uid=1000(ubuntu) gid=1000(ubuntu) groups=1000(ubuntu)\n", out("docker run --rm ubuntu:24.04 id ubuntu"));
        assertEquals("", out("docker run --rm ubuntu:22.04 grep ubuntu /etc/passwd"), "22.04 has no ubuntu user");
        assertEquals("gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n",
                out("docker run --rm ubuntu:22.04 grep gnats /etc/passwd"));
        assertEquals("uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n",
                out("docker run --rm -u nobody busybox id"));
        assertEquals("_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n", out("docker run --rm debian grep _apt /etc/passwd"));
    }

    @Test
    void theDirectoriesMadeForThemBelongToThem() {
        assertEquals("drwxr-xr-x 2 redis redis 4096 Oct  4  2024 /data\n", out("docker run --rm redis ls -ld /data"));
        assertEquals("drwxr-xr-x 2 node node 4096 May 21  2025 /home/node\n", out("docker run --rm node ls -ld /home/node"));
        assertEquals("drwxrwxrwt 3 postgres postgres 4096 May  9  2025 /var/lib/postgresql\n",
                out("docker run --rm postgres ls -ld /var/lib/postgresql"));
        assertEquals("/home/node\n", out("docker run --rm -u node node sh -c 'echo $HOME'"));
    }
}
