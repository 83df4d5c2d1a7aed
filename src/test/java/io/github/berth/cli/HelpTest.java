package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Help layout: vendored spf13/pflag v1.0.6 FlagUsagesWrapped/wrap/wrapN (docker/cli v28.2.2),
 * docker's usage template in cli/cobra.go, width 80 - 1 when stdin is not a terminal. Expected
 * texts are the real {@code docker ps --help} output captured on this machine (docker 28.2.2).
 */
class HelpTest {
    /** docker/cli v28.2.2 cli/flags/options.go FormatHelp: a usage with embedded newlines. */
    static final String FORMAT_HELP = "Format output using a custom template:\n"
            + "'table':            Print output in table format with column headers (default)\n"
            + "'table TEMPLATE':   Print output in table format using the given Go template\n"
            + "'json':             Print in JSON format\n"
            + "'TEMPLATE':         Print output using the given Go template.\n"
            + "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with"
            + " templates";

    /**
     * docker ps's flags as cli/command/container/list.go declares them; usages as the real help
     * prints them joined into one line, the default appended as pflag does ("(default -1)").
     */
    static final List<FlagSpec> PS_FLAGS_WITHOUT_FORMAT = List.of(
            FlagSpec.bool("quiet", 'q', "Only display container IDs"),
            FlagSpec.bool("size", 's', "Display total file sizes"),
            FlagSpec.bool("all", 'a', "Show all containers (default shows just running)"),
            FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output"),
            FlagSpec.bool("latest", 'l', "Show the latest created container (includes all states)"),
            FlagSpec.value("last", 'n', "int", "Show n last created containers (includes all states) (default -1)"),
            FlagSpec.value("filter", 'f', "filter", "Filter output based on conditions provided"));

    static final String FORMAT_LINES = ""
            + "      --format string   Format output using a custom template:\n"
            + "                        'table':            Print output in table format\n"
            + "                        with column headers (default)\n"
            + "                        'table TEMPLATE':   Print output in table format\n"
            + "                        using the given Go template\n"
            + "                        'json':             Print in JSON format\n"
            + "                        'TEMPLATE':         Print output using the given\n"
            + "                        Go template.\n"
            + "                        Refer to https://docs.docker.com/go/formatting/\n"
            + "                        for more information about formatting output with\n"
            + "                        templates\n";

    static final String PS_OPTIONS_HEAD = ""
            + "  -a, --all             Show all containers (default shows just running)\n"
            + "  -f, --filter filter   Filter output based on conditions provided\n";

    static final String PS_OPTIONS_TAIL = ""
            + "  -n, --last int        Show n last created containers (includes all\n"
            + "                        states) (default -1)\n"
            + "  -l, --latest          Show the latest created container (includes all\n"
            + "                        states)\n"
            + "      --no-trunc        Don't truncate output\n"
            + "  -q, --quiet           Only display container IDs\n"
            + "  -s, --size            Display total file sizes\n";

    /** The real Options block of docker ps --help. */
    static final String PS_OPTIONS = PS_OPTIONS_HEAD + FORMAT_LINES + PS_OPTIONS_TAIL;

    static final String PS_HELP_TOP = "Usage:  docker ps [OPTIONS]\n"
            + "\n"
            + "List containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container ls, docker container list, docker container ps, docker ps\n"
            + "\n"
            + "Options:\n";

    @Test
    void psFlagsWithOneLineUsages_sortedAlignedAndWrappedAt79() {
        // --format is left out: "-f, --filter filter" is as wide, so the alignment is the same
        assertEquals(PS_OPTIONS_HEAD + PS_OPTIONS_TAIL, Help.flagUsages(PS_FLAGS_WITHOUT_FORMAT));
    }

    @Test
    void psFlagsIncludingTheMultiLineFormatUsage_exactRealOptionsBlock() {
        List<FlagSpec> flags = new java.util.ArrayList<>(PS_FLAGS_WITHOUT_FORMAT);
        flags.add(FlagSpec.value("format", (char) 0, "string", FORMAT_HELP));
        assertEquals(PS_OPTIONS, Help.flagUsages(flags));
    }

    @Test
    void usageThatFitsIsNotWrapped() {
        assertEquals("  -q, --quiet   Only display container IDs\n",
                Help.flagUsages(List.of(FlagSpec.bool("quiet", 'q', "Only display container IDs"))));
    }

    @Test
    void slopLetsAShortLastWordStayOnTheLine() {
        // indent 24, room 79-24-5 = 50; 52 characters fit within room + slop
        String usage = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bcde"; // 52
        assertEquals("  -f, --filter filter   " + usage + "\n",
                Help.flagUsages(List.of(FlagSpec.value("filter", 'f', "filter", usage))));
    }

    @Test
    void narrowRoomWrapsAsABlockUnderColumn16() {
        // pflag wrap(): fewer than 24 columns left -> newline, indent 16, width 79-16-5 = 58
        String name = "x".repeat(52); // "      --" + name = 60 wide, usage column at 63
        String usage = "one two three four five six seven eight nine ten eleven twelve thirteen";
        assertEquals("      --" + name + "   \n"
                        + "                one two three four five six seven eight nine ten eleven\n"
                        + "                twelve thirteen\n",
                Help.flagUsages(List.of(FlagSpec.bool(name, (char) 0, usage))));
    }

    @Test
    void wrapWithoutSpacesLeavesTheWordWhole() {
        String word = "y".repeat(90);
        assertEquals(word, Help.wrap(24, 79, word));
    }

    @Test
    void psHelpTopMatchesTheRealClient() {
        DockerSession.Result r = new DockerSession(false).docker("ps", "--help");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        assertEquals(PS_HELP_TOP, r.out().substring(0, Math.min(r.out().length(), PS_HELP_TOP.length())));
    }

    @Test
    void psHelpIsTheRealOne() {
        assertEquals(new DockerSession.Result(PS_HELP_TOP + PS_OPTIONS, "", 0),
                new DockerSession(false).docker("ps", "--help"));
    }

    /** Real client: "-h" is a deprecated shorthand of --help; pflag prints a notice on stdout first. */
    @Test
    void dashHPrintsTheDeprecationNoticeFirst() {
        DockerSession s = new DockerSession(false);
        String help = s.docker("ps", "--help").out();
        assertEquals(new DockerSession.Result("Flag shorthand -h has been deprecated, use --help\n" + help, "", 0),
                s.docker("ps", "-h"));
    }

    @Test
    void imagesHelpTop() {
        String top = "Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nList images\n\nAliases:\n"
                + "  docker image ls, docker image list, docker images\n\nOptions:\n";
        String out = new DockerSession(false).docker("images", "--help").out();
        assertEquals(top, out.substring(0, Math.min(out.length(), top.length())));
    }

    @Test
    void pullHelpTop() {
        String top = "Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nDownload an image from a registry\n\n"
                + "Aliases:\n  docker image pull, docker pull\n\nOptions:\n";
        String out = new DockerSession(false).docker("pull", "--help").out();
        assertEquals(top, out.substring(0, Math.min(out.length(), top.length())));
    }

    @Test
    void helpRunsNothing() {
        DockerSession s = new DockerSession(false);
        DockerSession.Result r = s.docker("run", "--help", "hello-world");
        assertEquals(0, r.exit());
        assertEquals("Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an"
                + " image\n\nAliases:\n  docker container run, docker run\n\nOptions:\n",
                r.out().substring(0, r.out().indexOf("Options:\n") + "Options:\n".length()));
        assertEquals(0, s.engine.containers().size());
        assertEquals(0, s.engine.images().size());
    }
}
