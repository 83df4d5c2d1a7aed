package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * Management commands typed without a subcommand, with --help, -h, an unknown subcommand or
 * flag: each expected result is what the docker 28.2.2 client on the development machine printed
 * (stdout, stderr, status) for the same words (docker/cli cli/command/&lt;group&gt;/cmd.go ShowHelp,
 * cli/cobra.go's usage template and unknown-command error).
 */
class ManagementGroupsTest {
    private final DockerSession s = new DockerSession(false);

    @Test
    void groupsAloneHelpAndErrorsAsTheRealClient() {
        assertEquals(new Result("", "Usage:  docker volume COMMAND\n\nManage volumes\n\nCommands:\n  create      Create a volume\n  inspect     Display detailed information on one or more volumes\n  ls          List volumes\n  prune       Remove unused local volumes\n  rm          Remove one or more volumes\n  update      Update a volume (cluster volumes only)\n\nRun 'docker volume COMMAND --help' for more information on a command.\n", 0), s.docker("volume"));
        assertEquals(new Result("", "Usage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.\n", 0), s.docker("network"));
        assertEquals(new Result("", "Usage:  docker container COMMAND\n\nManage containers\n\nCommands:\n  attach      Attach local standard input, output, and error streams to a running container\n  commit      Create a new image from a container's changes\n  cp          Copy files/folders between a container and the local filesystem\n  create      Create a new container\n  diff        Inspect changes to files or directories on a container's filesystem\n  exec        Execute a command in a running container\n  export      Export a container's filesystem as a tar archive\n  inspect     Display detailed information on one or more containers\n  kill        Kill one or more running containers\n  logs        Fetch the logs of a container\n  ls          List containers\n  pause       Pause all processes within one or more containers\n  port        List port mappings or a specific mapping for the container\n  prune       Remove all stopped containers\n  rename      Rename a container\n  restart     Restart one or more containers\n  rm          Remove one or more containers\n  run         Create and run a new container from an image\n  start       Start one or more stopped containers\n  stats       Display a live stream of container(s) resource usage statistics\n  stop        Stop one or more running containers\n  top         Display the running processes of a container\n  unpause     Unpause all processes within one or more containers\n  update      Update configuration of one or more containers\n  wait        Block until one or more containers stop, then print their exit codes\n\nRun 'docker container COMMAND --help' for more information on a command.\n", 0), s.docker("container"));
        assertEquals(new Result("", "Usage:  docker image COMMAND\n\nManage images\n\nCommands:\n  build       Build an image from a Dockerfile\n  history     Show the history of an image\n  import      Import the contents from a tarball to create a filesystem image\n  inspect     Display detailed information on one or more images\n  load        Load an image from a tar archive or STDIN\n  ls          List images\n  prune       Remove unused images\n  pull        Download an image from a registry\n  push        Upload an image to a registry\n  rm          Remove one or more images\n  save        Save one or more images to a tar archive (streamed to STDOUT by default)\n  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n\nRun 'docker image COMMAND --help' for more information on a command.\n", 0), s.docker("image"));
        assertEquals(new Result("", "Usage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n  df          Show docker disk usage\n  events      Get real time events from the server\n  info        Display system-wide information\n  prune       Remove unused data\n\nRun 'docker system COMMAND --help' for more information on a command.\n", 0), s.docker("system"));
        assertEquals(new Result("Usage:  docker volume COMMAND\n\nManage volumes\n\nCommands:\n  create      Create a volume\n  inspect     Display detailed information on one or more volumes\n  ls          List volumes\n  prune       Remove unused local volumes\n  rm          Remove one or more volumes\n  update      Update a volume (cluster volumes only)\n\nRun 'docker volume COMMAND --help' for more information on a command.\n", "", 0), s.docker("volume", "--help"));
        assertEquals(new Result("Flag shorthand -h has been deprecated, use --help\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.\n", "", 0), s.docker("network", "-h"));
        assertEquals(new Result("", "docker: unknown command: docker volume help\n\nUsage:  docker volume COMMAND\n\nRun 'docker volume --help' for more information\n", 1), s.docker("volume", "help"));
        assertEquals(new Result("", "docker: unknown command: docker network foo\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n", 1), s.docker("network", "foo", "bar"));
        assertEquals(new Result("", "unknown flag: --bogus\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n", 125), s.docker("container", "--bogus"));
        assertEquals(new Result("", "unknown shorthand flag: 'x' in -x\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n", 125), s.docker("image", "-x"));
        assertEquals(new Result("", "Usage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n  df          Show docker disk usage\n  events      Get real time events from the server\n  info        Display system-wide information\n  prune       Remove unused data\n\nRun 'docker system COMMAND --help' for more information on a command.\n", 0), s.docker("system", "--"));
        assertEquals(new Result("", "docker: unknown command: docker volume ls\n\nUsage:  docker volume COMMAND\n\nRun 'docker volume --help' for more information\n", 1), s.docker("volume", "--", "ls"));
    }

    @Test
    void aSubcommandDockerHasAndBerthDoesNotSaysSo() {
        assertEquals(new Result("", "docker volume update: berth's sandbox does not simulate this command yet\n", 1),
                s.docker("volume", "update", "v"));
        assertEquals(new Result("", "docker network prune: berth's sandbox does not simulate this command yet\n", 1),
                s.docker("network", "prune"));
    }

    @Test
    void aTopLevelCommandDockerHasAndBerthDoesNotSaysSoToo() {
        assertEquals(new Result("", "docker events: berth's sandbox does not simulate this command yet\n", 1),
                s.docker("events", "--until", "1s"));
        assertEquals(new Result("", "docker swarm: berth's sandbox does not simulate this command yet\n", 1),
                s.docker("swarm", "init"));
        assertEquals(new Result("", "docker: unknown command: docker stat\n\nRun 'docker --help' for more information\n", 1),
                s.docker("stat"));
    }

    @Test
    void implementedSubcommandsStillRun() {
        assertEquals(new Result("DRIVER    VOLUME NAME\n", "", 0), s.docker("volume", "ls"));
        assertEquals(0, s.docker("network", "ls").exit());
    }
}
