package io.github.berth.cli;

import io.github.berth.shell.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The docker program's top level: command lookup (docker/cli v28.2.2 cmd/docker/docker.go) and the
 * way it sits in the sandbox's shell. Expected texts captured from the real client (docker 28.2.2).
 */
class DockerProgramTest {
    /**
     * Real {@code docker} with no arguments, HOME=/home/learner (the sandbox's), stdin not a
     * terminal: the whole overview on stderr, exit 0 (docker.go: ShowHelp(dockerCli.Err())).
     */
    static final String OVERVIEW = ""
            + "Usage:  docker [OPTIONS] COMMAND\n"
            + "\n"
            + "A self-sufficient runtime for containers\n"
            + "\n"
            + "Common Commands:\n"
            + "  run         Create and run a new container from an image\n"
            + "  exec        Execute a command in a running container\n"
            + "  ps          List containers\n"
            + "  build       Build an image from a Dockerfile\n"
            + "  pull        Download an image from a registry\n"
            + "  push        Upload an image to a registry\n"
            + "  images      List images\n"
            + "  login       Authenticate to a registry\n"
            + "  logout      Log out from a registry\n"
            + "  search      Search Docker Hub for images\n"
            + "  version     Show the Docker version information\n"
            + "  info        Display system-wide information\n"
            + "\n"
            + "Management Commands:\n"
            + "  builder     Manage builds\n"
            + "  checkpoint  Manage checkpoints\n"
            + "  container   Manage containers\n"
            + "  context     Manage contexts\n"
            + "  image       Manage images\n"
            + "  manifest    Manage Docker image manifests and manifest lists\n"
            + "  network     Manage networks\n"
            + "  plugin      Manage plugins\n"
            + "  system      Manage Docker\n"
            + "  trust       Manage trust on Docker images\n"
            + "  volume      Manage volumes\n"
            + "\n"
            + "Swarm Commands:\n"
            + "  config      Manage Swarm configs\n"
            + "  node        Manage Swarm nodes\n"
            + "  secret      Manage Swarm secrets\n"
            + "  service     Manage Swarm services\n"
            + "  stack       Manage Swarm stacks\n"
            + "  swarm       Manage Swarm\n"
            + "\n"
            + "Commands:\n"
            + "  attach      Attach local standard input, output, and error streams to a running container\n"
            + "  commit      Create a new image from a container's changes\n"
            + "  cp          Copy files/folders between a container and the local filesystem\n"
            + "  create      Create a new container\n"
            + "  diff        Inspect changes to files or directories on a container's filesystem\n"
            + "  events      Get real time events from the server\n"
            + "  export      Export a container's filesystem as a tar archive\n"
            + "  history     Show the history of an image\n"
            + "  import      Import the contents from a tarball to create a filesystem image\n"
            + "  inspect     Return low-level information on Docker objects\n"
            + "  kill        Kill one or more running containers\n"
            + "  load        Load an image from a tar archive or STDIN\n"
            + "  logs        Fetch the logs of a container\n"
            + "  pause       Pause all processes within one or more containers\n"
            + "  port        List port mappings or a specific mapping for the container\n"
            + "  rename      Rename a container\n"
            + "  restart     Restart one or more containers\n"
            + "  rm          Remove one or more containers\n"
            + "  rmi         Remove one or more images\n"
            + "  save        Save one or more images to a tar archive (streamed to STDOUT by default)\n"
            + "  start       Start one or more stopped containers\n"
            + "  stats       Display a live stream of container(s) resource usage statistics\n"
            + "  stop        Stop one or more running containers\n"
            + "  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n"
            + "  top         Display the running processes of a container\n"
            + "  unpause     Unpause all processes within one or more containers\n"
            + "  update      Update configuration of one or more containers\n"
            + "  wait        Block until one or more containers stop, then print their exit codes\n"
            + "\n"
            + "Global Options:\n"
            + "      --config string      Location of client config files (default\n"
            + "                           \"/home/learner/.docker\")\n"
            + "  -c, --context string     Name of the context to use to connect to the\n"
            + "                           daemon (overrides DOCKER_HOST env var and\n"
            + "                           default context set with \"docker context use\")\n"
            + "  -D, --debug              Enable debug mode\n"
            + "  -H, --host list          Daemon socket to connect to\n"
            + "  -l, --log-level string   Set the logging level (\"debug\", \"info\",\n"
            + "                           \"warn\", \"error\", \"fatal\") (default \"info\")\n"
            + "      --tls                Use TLS; implied by --tlsverify\n"
            + "      --tlscacert string   Trust certs signed only by this CA (default\n"
            + "                           \"/home/learner/.docker/ca.pem\")\n"
            + "      --tlscert string     Path to TLS certificate file (default\n"
            + "                           \"/home/learner/.docker/cert.pem\")\n"
            + "      --tlskey string      Path to TLS key file (default\n"
            + "                           \"/home/learner/.docker/key.pem\")\n"
            + "      --tlsverify          Use TLS and verify the remote\n"
            + "  -v, --version            Print version information and quit\n"
            + "\n"
            + "Run 'docker COMMAND --help' for more information on a command.\n"
            + "\n"
            + "For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n";

    @Test
    void noArgumentsPrintsTheOverviewOnStderr() {
        assertEquals(new DockerSession.Result("", OVERVIEW, 0), new DockerSession(false).docker());
    }

    /** Real client: docker --help and docker help print the same text on stdout. */
    @Test
    void helpPrintsTheOverviewOnStdout() {
        assertEquals(new DockerSession.Result(OVERVIEW, "", 0), new DockerSession(false).docker("--help"));
        assertEquals(new DockerSession.Result(OVERVIEW, "", 0), new DockerSession(false).docker("help"));
    }

    /** Real client: -h works but pflag warns on stderr that the shorthand is deprecated. */
    @Test
    void dashHWarnsThatTheShorthandIsDeprecated() {
        assertEquals(new DockerSession.Result(OVERVIEW, "Flag shorthand -h has been deprecated, use --help\n", 0),
                new DockerSession(false).docker("-h"));
    }

    /**
     * The overview takes an implemented command's line from its spec: each such line of the real
     * overview must be the command's own description, padded as cobra pads it.
     */
    @Test
    void implementedCommandsDescribeThemselvesAsDockerDoes() {
        var specs = new DockerSession(false).docker.topLevelSpecs();
        assertEquals(List.of("run", "ps", "images", "pull", "start", "stop", "kill", "restart", "rename", "rm",
                "logs", "create", "exec", "pause", "unpause", "top", "stats", "update", "search", "wait", "attach", "port",
                "inspect", "diff", "cp", "history", "build", "tag", "rmi", "info", "version", "login", "logout", "push",
                "commit", "save", "load", "export", "import"),
                List.copyOf(specs.keySet()));
        specs.forEach((name, spec) -> assertTrue(OVERVIEW.contains("\n  " + name + " ".repeat(12 - name.length())
                + spec.description() + "\n"), name));
    }

    @Test
    void noArgumentsExitsZeroWithNothingOnStdout() {
        DockerSession.Result r = new DockerSession(false).docker();
        assertEquals(0, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void unknownCommand() {
        assertEquals(new DockerSession.Result("", "docker: unknown command: docker foo\n\n"
                + "Run 'docker --help' for more information\n", 1), new DockerSession(false).docker("foo", "ps"));
    }

    @Test
    void unknownManagementSubcommandIsReportedByItsFirstWord() {
        // berth knows "container ls" but not "container bogus": it falls back to looking up "container"
        DockerSession.Result r = new DockerSession(false).docker("containers", "ls");
        assertEquals(new DockerSession.Result("", "docker: unknown command: docker containers\n\n"
                + "Run 'docker --help' for more information\n", 1), r);
    }

    @Test
    void throughTheShell_statusIsVisibleAsDollarQuestion() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result r = sandbox.run("docker ps --bogus; echo $?", out);
        assertEquals("125\n", out.out());
        assertEquals("unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\n"
                + "Run 'docker ps --help' for more information\n", out.err());
        assertEquals(0, r.record().exit());
    }

    @Test
    void throughTheShell_quotedArguments() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        sandbox.run("docker run --name \"web-1\" hello-world && docker run --name='web.2' hello-world",
                new CapturedOutput());
        assertEquals("web.2", sandbox.engine().containers().get(0).name());
        assertEquals("web-1", sandbox.engine().containers().get(1).name());
    }

    @Test
    void throughTheShell_andAndStopsAfterAFailure() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result r = sandbox.run("docker pull nosuchimage && docker run hello-world", out);
        assertEquals(1, r.record().exit());
        assertEquals("Using default tag: latest\n", out.out());
        assertEquals(0, sandbox.engine().containers().size());
    }
}
