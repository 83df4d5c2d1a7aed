package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** --help of the container commands berth added, as the docker 28.2.2 client on this machine prints it. */
class ContainerCommandsHelpTest {
    @Test
    void pauseHelpIsTheClients() {
        assertEquals(new DockerSession.Result("""
                Usage:  docker pause CONTAINER [CONTAINER...]

                Pause all processes within one or more containers

                Aliases:
                  docker container pause, docker pause
                """, "", 0), new DockerSession(false).docker("pause", "--help"));
    }

    @Test
    void topHelpIsTheClients() {
        assertEquals(new DockerSession.Result("""
                Usage:  docker top CONTAINER [ps OPTIONS]

                Display the running processes of a container

                Aliases:
                  docker container top, docker top
                """, "", 0), new DockerSession(false).docker("top", "--help"));
    }

    @Test
    void waitHelpIsTheClients() {
        assertEquals(new DockerSession.Result("""
                Usage:  docker wait CONTAINER [CONTAINER...]

                Block until one or more containers stop, then print their exit codes

                Aliases:
                  docker container wait, docker wait
                """, "", 0), new DockerSession(false).docker("wait", "--help"));
    }

    @Test
    void portHelpIsTheClients() {
        assertEquals(new DockerSession.Result("""
                Usage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]

                List port mappings or a specific mapping for the container

                Aliases:
                  docker container port, docker port
                """, "", 0), new DockerSession(false).docker("port", "--help"));
    }

    @Test
    void containerPruneHelpIsTheClients() {
        assertEquals(new DockerSession.Result("""
                Usage:  docker container prune [OPTIONS]

                Remove all stopped containers

                Options:
                      --filter filter   Provide filter values (e.g. "until=<timestamp>")
                  -f, --force           Do not prompt for confirmation
                """, "", 0), new DockerSession(false).docker("container", "prune", "--help"));
    }

    @Test
    void execHelpIsTheClients() {
        assertEquals(new DockerSession.Result("""
                Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]

                Execute a command in a running container

                Aliases:
                  docker container exec, docker exec

                Options:
                  -d, --detach               Detached mode: run command in the background
                      --detach-keys string   Override the key sequence for detaching a
                                             container
                  -e, --env list             Set environment variables
                      --env-file list        Read in a file of environment variables
                  -i, --interactive          Keep STDIN open even if not attached
                      --privileged           Give extended privileges to the command
                  -t, --tty                  Allocate a pseudo-TTY
                  -u, --user string          Username or UID (format:
                                             "<name|uid>[:<group|gid>]")
                  -w, --workdir string       Working directory inside the container
                """, "", 0), new DockerSession(false).docker("exec", "--help"));
    }
}
