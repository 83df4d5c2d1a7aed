package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.shell.Output;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docker cp} between the workspace and containers: docker/cli v28.2.2
 * cli/command/container/cp.go, moby/go-archive copy.go and moby daemon/archive*.go (see
 * CpCommand, ContainerArchive). Messages checked against the docker 28.2.2 client where it can
 * answer without a daemon.
 */
class DockerCpTest {
    private final Sandbox sandbox = new Sandbox(3L, Map.of(), true);

    private CommandRecord run(String line) {
        return sandbox.run(line, Output.DISCARD).record();
    }

    private String out(String line) {
        return run(line).stdout();
    }

    private void assertRun(String line, int exit, String stdout, String stderr) {
        CommandRecord r = run(line);
        assertEquals(stdout, r.stdout(), line);
        assertEquals(stderr, r.stderr(), line);
        assertEquals(exit, r.exit(), line);
    }

    @Test
    void aFileGoesIntoARunningContainersDirectoryKeepingItsOwnerAndDiffShowsIt() {
        run("echo hello > f.txt");
        run("docker run -d --name box alpine sleep 1000");
        // one header, one padded block and the two blocks that end the archive: 2048 bytes
        assertRun("docker cp f.txt box:/tmp", 0, "", "Successfully copied 2.05kB to box:/tmp\n");
        assertEquals("hello\n", out("docker exec box cat /tmp/f.txt"));
        // moby untars without -a keeping the uids the client's tar records (docker/cli#4382)
        assertEquals("1000 1000 644\n", out("docker exec box stat -c '%u %g %a' /tmp/f.txt"));
        assertEquals("C /tmp\nA /tmp/f.txt\n", out("docker diff box"));
    }

    @Test
    void nginxsMainConfigurationCanBeCopiedOutToEdit() {
        run("docker run -d --name web nginx");
        assertEquals("conf.d\nmime.types\nnginx.conf\n", out("docker exec web ls /etc/nginx"));
        run("docker cp web:/etc/nginx/nginx.conf .");
        // nginx.org's 1.27.4 package (nginx/pkg-oss 1.27.4-1 debian/debian/nginx.conf)
        String conf = out("cat nginx.conf");
        assertEquals("\nuser  nginx;\nworker_processes  auto;\n", conf.substring(0, 38));
        assertEquals(true, conf.endsWith("    include /etc/nginx/conf.d/*.conf;\n}\n"), conf);
        assertEquals("    text/html                                        html htm shtml;\n",
                out("docker exec web grep -w html /etc/nginx/mime.types"));
    }

    @Test
    void aMissingDestinationNamesTheNewFileAndAnExistingFileIsReplaced() {
        run("echo one > a.txt");
        run("docker create --name ct alpine");
        assertRun("docker cp a.txt ct:/etc/motd.new", 0, "", "Successfully copied 2.05kB to ct:/etc/motd.new\n");
        run("echo two > b.txt");
        assertRun("docker cp -q b.txt ct:/etc/motd.new", 0, "", "");
        assertEquals("two\n", out("docker cp ct:/etc/motd.new back.txt 2>/dev/null && cat back.txt"));
    }

    @Test
    void directoriesFollowTheTrailingDotRule() {
        run("mkdir -p site/css && echo '<h1>hi</h1>' > site/index.html && echo 'p{}' > site/css/a.css");
        run("docker run -d --name web nginx");
        // a directory into an existing directory lands inside it, under its own name
        assertRun("docker cp site web:/tmp", 0, "",
                "Successfully copied 4.1kB to web:/tmp\n");
        assertEquals("/tmp/site\n/tmp/site/css\n/tmp/site/css/a.css\n/tmp/site/index.html\n",
                out("docker exec web find /tmp/site"));
        // "/." copies the content into the existing directory
        assertRun("docker cp site/. web:/usr/share/nginx/html", 0, "",
                "Successfully copied 4.1kB to web:/usr/share/nginx/html\n");
        assertEquals("<h1>hi</h1>\n", out("curl -s localhost:80 2>/dev/null; docker exec web cat /usr/share/nginx/html/index.html"));
        assertEquals("50x.html\ncss\nindex.html\n", out("docker exec web ls /usr/share/nginx/html"));
        // a missing destination becomes the directory
        run("docker cp -q site web:/srv/www");
        assertEquals("css\nindex.html\n", out("docker exec web ls /srv/www"));
    }

    @Test
    void copyingOutOfAContainerWritesTheWorkspaceAsTheLearner() {
        run("docker run --name box alpine sh -c 'mkdir -p /data/logs && echo x > /data/logs/a.log'");
        assertRun("docker cp box:/data .", 0, "", "Successfully copied 3.07kB to /home/learner/app/.\n");
        assertEquals("x\n", out("cat data/logs/a.log"));
        assertEquals("learner learner\n", out("stat -c '%U %G' data/logs/a.log"));
        assertRun("docker cp box:/data/logs/. out", 0, "", "Successfully copied 2.56kB to /home/learner/app/out\n");
        assertEquals("a.log\n", out("ls out"));
        assertRun("docker cp box:/etc/os-release copy", 0, "", "Successfully copied 2.05kB to /home/learner/app/copy\n");
        assertEquals("NAME=\"Alpine Linux\"\n", out("head -n 1 copy"));
    }

    @Test
    void errorsOnEitherSideAreWordedAsDockerWordsThem() {
        run("echo hi > f.txt && mkdir d");
        run("docker create --name ct alpine");
        // the client prints its progress line once the daemon has taken the archive, failed or not
        assertRun("docker cp f.txt nope:/tmp", 1, "",
                "Successfully copied 2.05kB to nope:/tmp\nError response from daemon: No such container: nope\n");
        assertRun("docker cp nope:/x .", 1, "", "Error response from daemon: No such container: nope\n");
        assertRun("docker cp ct:/nope .", 1, "", "Error response from daemon: Could not find the file /nope in container ct\n");
        assertRun("docker cp ct:nope .", 1, "", "Error response from daemon: Could not find the file nope in container ct\n");
        assertRun("docker cp missing.txt ct:/tmp", 1, "", "lstat /home/learner/app/missing.txt: no such file or directory\n");
        assertRun("docker cp f.txt ct:/nodir/x", 1, "",
                "Successfully copied 2.05kB to ct:/nodir/x\nError response from daemon: Could not find the file /nodir in container ct\n");
        assertRun("docker cp f.txt ct:/nodir/", 1, "", "no such directory\n");
        assertRun("docker cp d ct:/etc/os-release", 1, "", "cannot copy directory\n");
        assertRun("docker cp f.txt ct:/etc/os-release/", 1, "", "no such directory\n");
        assertRun("docker cp ct:/x /no/where", 1, "", "invalid output path: directory \"/no\" does not exist\n");
        assertRun("docker cp ct:/etc f.txt", 1, "",
                "Successfully copied 0B to /home/learner/app/f.txt\ncannot copy directory\n");
        assertRun("docker cp a b", 1, "", "must specify at least one container source\n");
        assertRun("docker cp ct:/a ct:/b", 1, "", "copying between containers is not supported\n");
        assertRun("docker cp '' ct:/b", 1, "", "source can not be empty\n");
        assertRun("docker cp f.txt ''", 1, "", "destination can not be empty\n");
        assertEquals("", out("docker diff ct"), "nothing was written by the failures");
    }

    @Test
    void aLocalNameWithAColonIsMadeExplicitWithDotSlash() {
        run("echo x > 'a:b' && docker create --name ct alpine");
        assertRun("docker cp ./a:b ct:/", 0, "", "Successfully copied 2.05kB to ct:/\n");
        assertEquals("A /a:b\n", out("docker diff ct"));
    }

    @Test
    void archiveModeGivesTheFilesToTheContainersUser() {
        run("echo x > f && docker run -d --name ct -u nobody alpine sleep 1000");
        run("docker cp -a -q f ct:/tmp/a");
        run("docker cp -q f ct:/tmp/b");
        assertEquals("65534 65534\n1000 1000\n", out("docker exec ct stat -c '%u %g' /tmp/a /tmp/b"));
        run("docker create --name root alpine");
        run("docker cp -a -q f root:/a");
        assertEquals("A /a\n", out("docker diff root"));
    }

    @Test
    void linksAreCopiedAsLinksUnlessFollowed() {
        run("docker run --name ct alpine sh -c 'echo real > /target && ln -s /target /link'");
        CommandRecord cp = run("docker cp -q ct:/link plain");
        assertEquals("", cp.stderr());
        CommandRecord lr = run("ls -l | grep plain");
        String listed = lr.stdout();
        assertEquals(true, listed.startsWith("lrwxrwxrwx 1 learner learner") && listed.endsWith(" plain -> /target\n"), listed);
        run("docker cp -q -L ct:/link followed");
        assertEquals("real\n", out("cat followed"));
    }

    @Test
    void volumesAndBindsAreWrittenThroughAndAReadOnlyMountRefuses() {
        run("echo hi > f && mkdir site");
        run("docker run -d -v data:/data --name vol alpine sleep 1000");
        run("docker cp -q f vol:/data/");
        run("docker rm -f vol");
        assertEquals("hi\n", out("docker run --rm -v data:/data alpine cat /data/f"), "the volume kept it");
        run("docker run -d -v $PWD/site:/site --name bound alpine sleep 1000");
        run("docker cp -q f bound:/site/g");
        assertEquals("hi\n", out("cat site/g"), "a bind shares the workspace's directory");
        run("docker run -d -v $PWD/site:/ro:ro --name ro alpine sleep 1000");
        assertRun("docker cp f ro:/ro/", 1, "",
                "Successfully copied 2.05kB to ro:/ro/\nError response from daemon: mounted volume is marked read-only\n");
    }

    @Test
    void theClientWritesTheWorkspaceWithTheLearnersRights() {
        run("docker create --name ct alpine");
        assertRun("docker cp ct:/etc/os-release /", 1, "",
                "Successfully copied 512B to /\nopen /os-release: permission denied\n");
        assertRun("docker cp -q ct:/etc /", 1, "", "chmod /etc: operation not permitted\n");
        assertRun("sudo docker cp -q ct:/etc/os-release /", 0, "", "");
        assertEquals("root root\n", out("stat -c '%U %G' /os-release"));
        assertRun("docker cp -q ct:/etc/os-release /", 1, "", "unlinkat /os-release: permission denied\n");
    }

    @Test
    void aTarStreamIsRefusedPlainly() {
        run("docker create --name ct alpine");
        assertEquals(1, run("docker cp - ct:/tmp").exit());
        assertEquals(1, run("docker cp ct:/etc/hostname -").exit());
    }

    @Test
    void withoutATerminalNothingIsPrinted() {
        Sandbox piped = new Sandbox(3L, Map.of(), false);
        piped.run("echo hi > f && docker create --name ct alpine", Output.DISCARD);
        CommandRecord r = piped.run("docker cp f ct:/", Output.DISCARD).record();
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }
}
