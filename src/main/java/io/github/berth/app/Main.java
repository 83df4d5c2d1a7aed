package io.github.berth.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code berth}: the command line of DESIGN.md; each subcommand is its own class. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A terminal tutor for virtual machines, containers and Docker.%n"
                + "With no command, resumes where you left off (or starts the first lesson).",
        subcommands = {LessonCmd.class, LessonsCmd.class, SandboxCmd.class, ReplayCmd.class, QuizCmd.class, ReviewCmd.class,
                LintCmd.class, TestLessonsCmd.class, NewCmd.class, ProgressCmd.class, ReportCmd.class, RecordCmd.class,
                DockerfileCmd.class, CdsTrainingCmd.class},
        footer = {"", "Data: $BERTH_HOME, else $XDG_DATA_HOME/berth, else ~/.local/share/berth. NO_COLOR is honoured.",
                "Lessons: berth's own, or an instructor's course folder named by $BERTH_COURSE (check it with berth lint DIR)."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Option(names = "--plain", description = "No colours or cursor tricks; every mark also in words.")
    boolean plain;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        try {
            // the commonest starts skip building picocli's model, about 100 ms of a cold start
            if (args.length == 0) {
                return Launch.fromEnvironment(false).tutor(null);
            }
            if (args.length == 1 && args[0].equals("sandbox")) {
                return Launch.fromEnvironment(false).sandbox(null, null, false);
            }
            if (args.length == 2 && args[0].equals("lesson") && !args[1].startsWith("-")) {
                return Launch.fromEnvironment(false).tutor(args[1]);
            }
        } catch (Exception e) {
            return unexpected(e);
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(System.err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> unexpected(e));
        return cli.execute(args);
    }

    /** A bug or an I/O failure: one clear line, never a stack trace (BERTH_DEBUG=1 shows it). */
    private static int unexpected(Exception e) {
        System.err.println("berth: unexpected error: " + e);
        if (System.getenv("BERTH_DEBUG") != null) {
            e.printStackTrace();
        }
        return 70;
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
