package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/** --help of the lifecycle commands: the real docker 28.2.2 client's output, captured on this machine. */
class LifecycleHelpTest {
    @Test
    void startHelp() {
        assertEquals(new Result("Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Start one or more stopped containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container start, docker start\n"
            + "\n"
            + "Options:\n"
            + "  -a, --attach                  Attach STDOUT/STDERR and forward signals\n"
            + "      --checkpoint string       Restore from this checkpoint\n"
            + "      --checkpoint-dir string   Use a custom checkpoint storage directory\n"
            + "      --detach-keys string      Override the key sequence for detaching a\n"
            + "                                container\n"
            + "  -i, --interactive             Attach container's STDIN\n", "", 0), new DockerSession(false).docker("start", "--help"));
    }

    @Test
    void stopHelp() {
        assertEquals(new Result("Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Stop one or more running containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container stop, docker stop\n"
            + "\n"
            + "Options:\n"
            + "  -s, --signal string   Signal to send to the container\n"
            + "  -t, --timeout int     Seconds to wait before killing the container\n", "", 0), new DockerSession(false).docker("stop", "--help"));
    }

    @Test
    void rmHelp() {
        assertEquals(new Result("Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Remove one or more containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container rm, docker container remove, docker rm\n"
            + "\n"
            + "Options:\n"
            + "  -f, --force     Force the removal of a running container (uses SIGKILL)\n"
            + "  -l, --link      Remove the specified link\n"
            + "  -v, --volumes   Remove anonymous volumes associated with the container\n", "", 0), new DockerSession(false).docker("rm", "--help"));
    }

    @Test
    void logsHelp() {
        assertEquals(new Result("Usage:  docker logs [OPTIONS] CONTAINER\n"
            + "\n"
            + "Fetch the logs of a container\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container logs, docker logs\n"
            + "\n"
            + "Options:\n"
            + "      --details        Show extra details provided to logs\n"
            + "  -f, --follow         Follow log output\n"
            + "      --since string   Show logs since timestamp (e.g.\n"
            + "                       \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\"\n"
            + "                       for 42 minutes)\n"
            + "  -n, --tail string    Number of lines to show from the end of the logs\n"
            + "                       (default \"all\")\n"
            + "  -t, --timestamps     Show timestamps\n"
            + "      --until string   Show logs before a timestamp (e.g.\n"
            + "                       \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\"\n"
            + "                       for 42 minutes)\n", "", 0), new DockerSession(false).docker("logs", "--help"));
    }

    @Test
    void containerRmHelpNamesTheManagementForm() {
        assertEquals(new Result("Usage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Remove one or more containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container rm, docker container remove, docker rm\n"
            + "\n"
            + "Options:\n"
            + "  -f, --force     Force the removal of a running container (uses SIGKILL)\n"
            + "  -l, --link      Remove the specified link\n"
            + "  -v, --volumes   Remove anonymous volumes associated with the container\n", "", 0), new DockerSession(false).docker("container", "rm", "--help"));
    }

    @Test
    void inspectHelp() {
        assertEquals(new Result("Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n"
            + "\n"
            + "Return low-level information on Docker objects\n"
            + "\n"
            + "Options:\n"
            + "  -f, --format string   Format output using a custom template:\n"
            + "                        'json':             Print in JSON format\n"
            + "                        'TEMPLATE':         Print output using the given\n"
            + "                        Go template.\n"
            + "                        Refer to https://docs.docker.com/go/formatting/\n"
            + "                        for more information about formatting output with\n"
            + "                        templates\n"
            + "  -s, --size            Display total file sizes if the type is container\n"
            + "      --type string     Only inspect objects of the given type\n", "", 0), new DockerSession(false).docker("inspect", "--help"));
    }

    @Test
    void containerInspectHelp() {
        assertEquals(new Result("Usage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Display detailed information on one or more containers\n"
            + "\n"
            + "Options:\n"
            + "  -f, --format string   Format output using a custom template:\n"
            + "                        'json':             Print in JSON format\n"
            + "                        'TEMPLATE':         Print output using the given\n"
            + "                        Go template.\n"
            + "                        Refer to https://docs.docker.com/go/formatting/\n"
            + "                        for more information about formatting output with\n"
            + "                        templates\n"
            + "  -s, --size            Display total file sizes\n", "", 0), new DockerSession(false).docker("container", "inspect", "--help"));
    }
}
