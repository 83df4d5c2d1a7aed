package io.github.berth.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code berth}: the command line of DESIGN.md; each subcommand is its own class. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A terminal tutor for virtual machines, containers and Docker.%n"
                + "With no command, resumes where you left off (or starts the first lesson).",
        subcommands = {LessonCmd.class, LessonsCmd.class, SandboxCmd.class, ReplayCmd.class},
        footer = {"", "Data: $BERTH_HOME, else $XDG_DATA_HOME/berth, else ~/.local/share/berth. NO_COLOR is honoured."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Option(names = "--plain", description = "No colours or cursor tricks; every mark also in words.")
    boolean plain;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Launch launch = Launch.fromEnvironment(plain);
        return launch.tutor(null);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"berth " + (v == null ? "(development build)" : v)};
        }
    }
}
