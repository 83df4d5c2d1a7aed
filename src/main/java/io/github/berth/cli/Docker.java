package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code docker} program: finds the command (top level or management form, such as
 * {@code docker container ls}), parses its flags and runs it against the engine. Usage errors
 * are worded and numbered as docker/cli v28.2.2 does (cli/cobra.go FlagErrorFunc: 125).
 */
public final class Docker implements Program {
    /** The management commands berth has, with docker/cli's description of each. */
    public static final Map<String, String> GROUPS = Map.of("container", "Manage containers", "image", "Manage images",
            "volume", "Manage volumes", "network", "Manage networks", "system", "Manage Docker");

    private final Engine engine;
    private final boolean terminal;
    private final Consumer<DockerCall> calls;
    private final InteractiveShells shells = new InteractiveShells();
    /** Where commands that hold the prompt wait for Ctrl-C; the console sets its own. */
    private Foreground foreground = Foreground.IMMEDIATE;
    /** Command paths after "docker", each a command; aliases share the command object. */
    private final Map<List<String>, DockerCommand> commands = new LinkedHashMap<>();

    /**
     * @param terminal whether docker's standard error is a terminal (docker/cli decides how pull
     *                 progress looks from stderr)
     * @param calls    told of every command that parsed and ran, for the tutor's checks
     */
    public Docker(Engine engine, boolean terminal, Consumer<DockerCall> calls) {
        this.engine = engine;
        this.terminal = terminal;
        this.calls = calls;
        Foreground held = () -> foreground.awaitInterrupt();
        DockerCommand run = new RunCommand(shells, held);
        DockerCommand ps = new PsCommand();
        DockerCommand images = new ImagesCommand();
        DockerCommand pull = new PullCommand();
        // the management form first: docker's help lists the aliases in this order
        register(run, List.of("container", "run"), List.of("run"));
        register(ps, List.of("container", "ls"), List.of("container", "list"), List.of("container", "ps"),
                List.of("ps"));
        register(images, List.of("image", "ls"), List.of("image", "list"), List.of("images"));
        register(pull, List.of("image", "pull"), List.of("pull"));
        register(new StartCommand(held), List.of("container", "start"), List.of("start"));
        register(new StopCommand(), List.of("container", "stop"), List.of("stop"));
        register(new KillCommand(), List.of("container", "kill"), List.of("kill"));
        register(new RestartCommand(), List.of("container", "restart"), List.of("restart"));
        register(new RenameCommand(), List.of("container", "rename"), List.of("rename"));
        register(new RmCommand(), List.of("container", "rm"), List.of("container", "remove"), List.of("rm"));
        register(new LogsCommand(held), List.of("container", "logs"), List.of("logs"));
        register(InspectCommand.containers(), List.of("container", "inspect"));
        register(new CreateCommand(), List.of("container", "create"), List.of("create"));
        register(new ExecCommand(shells), List.of("container", "exec"), List.of("exec"));
        register(new PauseCommand(true), List.of("container", "pause"), List.of("pause"));
        register(new PauseCommand(false), List.of("container", "unpause"), List.of("unpause"));
        register(new TopCommand(), List.of("container", "top"), List.of("top"));
        register(new StatsCommand(held), List.of("container", "stats"), List.of("stats"));
        register(new UpdateCommand(), List.of("container", "update"), List.of("update"));
        register(new SearchCommand(), List.of("search"));
        register(new WaitCommand(held), List.of("container", "wait"), List.of("wait"));
        register(new AttachCommand(held), List.of("container", "attach"), List.of("attach"));
        register(new PortCommand(), List.of("container", "port"), List.of("port"));
        register(new ContainerPruneCommand(), List.of("container", "prune"));
        register(InspectCommand.objects(), List.of("inspect"));
        register(new DiffCommand(), List.of("container", "diff"), List.of("diff"));
        register(new CpCommand(), List.of("container", "cp"), List.of("cp"));
        register(new HistoryCommand(), List.of("image", "history"), List.of("history"));
        register(new ImageInspectCommand(), List.of("image", "inspect"));
        register(new BuildCommand(), List.of("image", "build"), List.of("build"), List.of("builder", "build"),
                List.of("buildx", "build"));
        register(new TagCommand(), List.of("image", "tag"), List.of("tag"));
        register(new RmiCommand(), List.of("image", "rm"), List.of("image", "remove"), List.of("rmi"));
        register(new ImagePruneCommand(), List.of("image", "prune"));
        register(new VolumeCommands.Create(), List.of("volume", "create"));
        register(new VolumeCommands.Ls(), List.of("volume", "ls"), List.of("volume", "list"));
        register(new VolumeCommands.Inspect(), List.of("volume", "inspect"));
        register(new VolumeCommands.Rm(), List.of("volume", "rm"), List.of("volume", "remove"));
        register(new VolumeCommands.Prune(), List.of("volume", "prune"));
        register(new NetworkCommands.Create(), List.of("network", "create"));
        register(new NetworkCommands.Ls(), List.of("network", "ls"), List.of("network", "list"));
        register(new NetworkCommands.Inspect(), List.of("network", "inspect"));
        register(new NetworkCommands.Rm(), List.of("network", "rm"), List.of("network", "remove"));
        register(new NetworkCommands.Connect(true), List.of("network", "connect"));
        register(new NetworkCommands.Connect(false), List.of("network", "disconnect"));
        register(new SystemCommands.Df(), List.of("system", "df"));
        register(new SystemCommands.Prune(), List.of("system", "prune"));
        register(new SystemCommands.Info(), List.of("system", "info"), List.of("info"));
        register(new SystemCommands.Version(), List.of("version"));
        register(new RegistryCommands.Login(), List.of("login"));
        register(new RegistryCommands.Logout(), List.of("logout"));
        register(new RegistryCommands.Push(), List.of("image", "push"), List.of("push"));
        register(new CommitCommand(), List.of("container", "commit"), List.of("commit"));
        register(new SaveCommand(), List.of("image", "save"), List.of("save"));
        register(new LoadCommand(), List.of("image", "load"), List.of("load"));
        register(new ExportCommand(), List.of("container", "export"), List.of("export"));
        register(new ImportCommand(), List.of("image", "import"), List.of("import"));
    }

    /** Where commands that hold the prompt wait for Ctrl-C from now on ({@link Foreground#IMMEDIATE} at first). */
    public void foreground(Foreground foreground) {
        this.foreground = foreground;
    }

    /** The shell a learner has open inside a container, if any. */
    public InteractiveShells shells() {
        return shells;
    }

    @SafeVarargs
    private void register(DockerCommand command, List<String>... paths) {
        for (List<String> path : paths) {
            commands.put(path, command);
        }
    }

    @Override
    public int run(List<String> argv, Output out, ShellState state) {
        return run(argv, "", out, state);
    }

    @Override
    public int run(List<String> argv, String stdin, Output out, ShellState state) {
        List<String> args = argv.subList(1, argv.size());
        if (args.isEmpty()) {
            // cmd/docker/docker.go: with no command, ShowHelp(dockerCli.Err()) and status 0
            out.stderr(overview(state));
            return 0;
        }
        if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("help"))) {
            out.stdout(overview(state));
            return 0;
        }
        if (args.size() == 1 && args.get(0).equals("-h")) {
            out.errLine("Flag shorthand -h has been deprecated, use --help");
            out.stdout(overview(state));
            return 0;
        }
        if (args.get(0).startsWith("-")) {
            // docker's own options before the command: docker --debug ps, docker -l warn ps, docker -v
            GlobalOptions.Result global = GlobalOptions.parse(args, state);
            if (global instanceof GlobalOptions.Result.Refused refused) {
                out.errLine(refused.text());
                return refused.exit();
            }
            GlobalOptions.Result.Run go = (GlobalOptions.Result.Run) global;
            if (!go.notices().isEmpty()) {
                out.stderr(go.notices()); // the root command's flag notices go to standard error, as for "docker -h"
            }
            if (go.version()) {
                out.outLine(GlobalOptions.VERSION_LINE);
                return 0;
            }
            if (go.rest().isEmpty()) {
                // like "docker" alone, the overview; on standard output when help was asked for
                if (go.help()) {
                    out.stdout(overview(state));
                } else {
                    out.stderr(overview(state));
                }
                return 0;
            }
            List<String> rest = new java.util.ArrayList<>(go.rest());
            if (go.help()) {
                rest.add("--help");
            }
            return run(java.util.stream.Stream.concat(java.util.stream.Stream.of(argv.get(0)), rest.stream()).toList(),
                    stdin, out, state);
        }
        for (int words = Math.min(2, args.size()); words >= 1; words--) {
            List<String> typed = args.subList(0, words);
            DockerCommand command = commands.get(typed);
            if (command != null) {
                return run(command, "docker " + String.join(" ", commandPath(command, typed)),
                        args.subList(words, args.size()), out, state, stdin);
            }
        }
        var group = ManagementGroups.find(args.get(0));
        if (group.isPresent()) {
            return ManagementGroups.run(group.get(), args.subList(1, args.size()), out);
        }
        if (Overview.CATALOG.stream().anyMatch(e -> e.name().equals(args.get(0)))) {
            // a real docker command berth has not modelled: say so rather than call it unknown
            out.errLine("docker " + args.get(0) + ": berth's sandbox does not simulate this command yet");
            return 1;
        }
        out.errLine("docker: unknown command: docker " + args.get(0) + "\n\nRun 'docker --help' for more information");
        return 1;
    }

    private int run(DockerCommand command, String path, List<String> args, Output out, ShellState state,
                    String stdin) {
        CommandSpec spec = ClientFlags.complete(canonicalPath(command), command.spec());
        String useLine = path + " " + spec.usage();
        FlagParser.Result parsed = FlagParser.parse(spec, args);
        if (parsed instanceof FlagParser.Result.Error error) {
            out.errLine(error.message() + "\n\nUsage:  " + useLine + "\n\nRun '" + path + " --help' for more information");
            return 125;
        }
        FlagParser.Result.Ok ok = (FlagParser.Result.Ok) parsed;
        // cobra ParseFlags: pflag's notices ("-h" is a deprecated shorthand of --help) go to the command's output
        if (!ok.notices().isEmpty()) {
            out.stdout(ok.notices());
        }
        if (ok.help()) {
            out.stdout(Help.render(path, spec, commandAliases(command)));
            return 0;
        }
        var argError = spec.args().check(path, useLine, ok.args().positionals().size());
        if (argError.isPresent()) {
            out.errLine(argError.get());
            return 1;
        }
        var refusal = ClientFlags.refusal(canonicalPath(command), path, ok.args());
        if (refusal.isPresent()) {
            out.errLine(refusal.get().text());
            return refusal.get().exit();
        }
        int status = command.run(new Invocation(ok.args(), path, out, engine, terminal, state, stdin));
        calls.accept(new DockerCall(canonicalPath(command), ok.args(), status));
        return status;
    }

    /**
     * cobra's CommandPath: a management subcommand reached by an alias ("container list") is
     * named by its own name ("container ls"); a top-level command ("ps") is its own command.
     */
    private List<String> commandPath(DockerCommand command, List<String> typed) {
        if (typed.size() == 1) {
            return typed;
        }
        return commands.entrySet().stream()
                .filter(e -> e.getValue() == command && e.getKey().size() == 2 && e.getKey().get(0).equals(typed.get(0)))
                .map(Map.Entry::getKey).findFirst().orElse(typed);
    }

    /** berth's top-level commands ({@code docker rm}, not {@code docker container rm}) by name. */
    Map<String, CommandSpec> topLevelSpecs() {
        Map<String, CommandSpec> topLevel = new LinkedHashMap<>();
        commands.forEach((path, command) -> {
            if (path.size() == 1) {
                topLevel.put(path.get(0), command.spec());
            }
        });
        return topLevel;
    }

    private String overview(ShellState state) {
        Map<String, CommandSpec> topLevel = topLevelSpecs();
        String home = state.var("HOME");
        // docker/cli cli/config.Dir and the --tls* defaults (DOCKER_CERT_PATH), $HOME from the
        // shell (berth's learner is /home/learner when it is unset, as getpwuid would say)
        String configDir = nonEmpty(state.var("DOCKER_CONFIG"),
                nonEmpty(home, "/home/learner") + "/.docker");
        return Overview.render(topLevel, configDir, nonEmpty(state.var("DOCKER_CERT_PATH"), configDir));
    }

    private static String nonEmpty(String value, String otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }

    /** The management form of a command: {@code container ls} for {@code ps}. */
    private String canonicalPath(DockerCommand command) {
        return commandAliases(command).get(0).substring("docker ".length());
    }

    /** Every path that reaches {@code command}, as "docker container ls" strings, in registration order. */
    private List<String> commandAliases(DockerCommand command) {
        return commands.entrySet().stream().filter(e -> e.getValue() == command)
                .map(e -> "docker " + String.join(" ", e.getKey())).toList();
    }

    /**
     * A docker command line ({@code docker ps -a}, quotes allowed, no expansions) parsed as it would run, without
     * running it: its canonical command and arguments, or empty when it is not a docker command that parses.
     * Quiz questions that take a command compare answers this way, so every spelling of a command counts.
     */
    public Optional<DockerCall> parse(String line) {
        Optional<List<String>> words = CommandWords.split(line);
        if (words.isEmpty() || words.get().size() < 2 || !words.get().get(0).equals("docker")) {
            return Optional.empty();
        }
        List<String> args = words.get().subList(1, words.get().size());
        for (int n = Math.min(2, args.size()); n >= 1; n--) {
            DockerCommand command = commands.get(args.subList(0, n));
            if (command != null) {
                FlagParser.Result parsed = FlagParser.parse(ClientFlags.complete(canonicalPath(command), command.spec()),
                        args.subList(n, args.size()));
                if (!(parsed instanceof FlagParser.Result.Ok ok) || ok.help()
                        || command.spec().args().check("", "", ok.args().positionals().size()).isPresent()) {
                    return Optional.empty();
                }
                return Optional.of(new DockerCall(canonicalPath(command), ok.args(), 0));
            }
        }
        return Optional.empty();
    }

    /** Every way to reach every command, for the console's completion and highlighting. */
    public List<CommandInfo> model() {
        return commands.entrySet().stream().map(e -> {
            CommandSpec spec = e.getValue().spec();
            String usage = spec.usage();
            CommandInfo.Operand operand = usage.contains("IMAGE") || usage.contains("NAME[:TAG")
                    ? CommandInfo.Operand.IMAGE
                    : usage.contains("CONTAINER") ? CommandInfo.Operand.CONTAINER : CommandInfo.Operand.NONE;
            return new CommandInfo(e.getKey(), spec.description(), spec.flags(), operand, spec.interspersed());
        }).toList();
    }
}
