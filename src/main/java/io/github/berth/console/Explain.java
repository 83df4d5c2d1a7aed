package io.github.berth.console;

import io.github.berth.cli.CommandInfo;
import io.github.berth.cli.FlagSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code explain <command>}: what each word of a docker command means, from the same command
 * model as completion, and which parts of Docker take part (CLI, daemon, registry, container).
 */
final class Explain {
    private Explain() {}

    /** The explanation, its meanings wrapped to {@code width} columns under their own column. */
    static List<String> lines(DockerSyntax syntax, String commandLine, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines(syntax, commandLine)) {
            out.addAll(wrap(line, width));
        }
        return out;
    }

    /** The explanation followed by the picture of the path the command takes (ASCII when {@code plain}). */
    static List<String> lines(DockerSyntax syntax, String commandLine, int width, boolean plain) {
        List<String> out = new ArrayList<>();
        for (String line : lines(syntax, commandLine, width)) {
            out.add(plain ? line.replace("→", "->") : line); // plain mode: ASCII arrows in the text too
        }
        List<String> words = Words.split(commandLine).words().stream().map(Words.Word::text).toList();
        if (words.isEmpty() || !words.get(0).equals("docker")) {
            return out;
        }
        Optional<CommandInfo> found = syntax.command(words.subList(1, words.size()));
        if (found.isPresent()) {
            out.add("");
            out.addAll(ExplainPicture.draw(ExplainPicture.path(found.get().path()), plain));
        }
        return out;
    }

    static List<String> lines(DockerSyntax syntax, String commandLine) {
        List<String> words = Words.split(commandLine).words().stream().map(Words.Word::text).toList();
        List<String> out = new ArrayList<>();
        if (words.isEmpty() || !words.get(0).equals("docker")) {
            out.add("explain knows docker commands: try `explain docker run -d --name web hello-world`.");
            return out;
        }
        out.add(row("docker", "the Docker client (CLI): it turns your words into a request to the daemon"));
        List<String> rest = words.subList(1, words.size());
        Optional<CommandInfo> found = syntax.command(rest);
        if (found.isEmpty()) {
            out.add(rest.isEmpty() ? "(no command: docker would print its help)"
                    : row(rest.get(0), "not a docker command berth knows; `docker --help` lists them"));
            return out;
        }
        CommandInfo command = found.get();
        out.add(row(String.join(" ", command.path()), command.description()));
        int i = command.path().size();
        boolean flagsEnded = false;
        boolean operandShown = false;
        while (i < rest.size()) {
            String word = rest.get(i++);
            if (!flagsEnded && word.startsWith("-") && word.length() > 1 && !word.equals("--")) {
                Optional<FlagSpec> flag = flag(command, word);
                String shown = word;
                if (flag.isPresent() && flag.get().takesValue() && !word.contains("=") && i < rest.size()
                        && isLastShorthandOrLong(word, flag.get())) {
                    shown = word + " " + rest.get(i++);
                }
                out.add(row("  " + shown, flag.map(FlagSpec::usage)
                        .orElse("not an option of docker " + String.join(" ", command.path()))));
                continue;
            }
            if (word.equals("--")) {
                flagsEnded = true;
                continue;
            }
            if (!operandShown && command.operand() == CommandInfo.Operand.IMAGE) {
                out.add(row(word, "the image: the daemon looks for it locally and pulls it from the registry"
                        + " (Docker Hub unless the name starts with another registry's host) when it is missing"));
            } else if (!operandShown && command.operand() == CommandInfo.Operand.CONTAINER) {
                out.add(row(word, "the container, by name or by the start of its id"));
            } else if (command.operand() == CommandInfo.Operand.IMAGE) {
                out.add(row(String.join(" ", rest.subList(i - 1, rest.size())),
                        "the command to run in the container, instead of the image's default (CMD)"));
                break;
            } else {
                out.add(row(word, "an argument"));
            }
            operandShown = true;
            if (!command.interspersed()) {
                flagsEnded = true;
            }
        }
        out.add("");
        out.add("Who does the work: " + path(command));
        return out;
    }

    private static boolean isLastShorthandOrLong(String word, FlagSpec flag) {
        return word.startsWith("--") || word.charAt(word.length() - 1) == flag.shorthand();
    }

    /** The flag a word names: the long name, or the last shorthand of a group such as -dp. */
    private static Optional<FlagSpec> flag(CommandInfo command, String word) {
        if (word.startsWith("--")) {
            String name = word.substring(2).split("=", 2)[0];
            return command.flags().stream().filter(f -> f.name().equals(name)).findFirst();
        }
        if (!DockerSyntax.knownFlag(command, word)) {
            return Optional.empty();
        }
        char last = word.charAt(word.length() - 1);
        return command.flags().stream().filter(f -> f.shorthand() == last).findFirst()
                .or(() -> command.flags().stream().filter(f -> f.shorthand() == word.charAt(1)).findFirst());
    }

    private static String path(CommandInfo command) {
        String verb = command.path().get(command.path().size() - 1);
        switch (verb) {
            case "run":
                return "CLI → daemon → (registry, if the image is missing) → a new container, started";
            case "pull":
                return "CLI → daemon → registry: the image's layers are downloaded to this machine";
            case "build":
                return "CLI → daemon: the CLI sends the build context, the daemon builds the image"
                        + " (pulling the FROM image from the registry if it is missing)";
            default:
                return "CLI → daemon: it answers from what it knows; no registry, no new container";
        }
    }

    private static final int MEANING_COLUMN = 23;

    private static String row(String word, String meaning) {
        return String.format("%-" + (MEANING_COLUMN - 1) + "s %s", word, meaning);
    }

    /** Breaks a row at spaces so that continuation lines start under the meaning. */
    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        if (width - MEANING_COLUMN < 20 || line.length() <= width) {
            out.add(line);
            return out;
        }
        String indent = " ".repeat(MEANING_COLUMN);
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= MEANING_COLUMN) {
                break;
            }
            out.add(rest.substring(0, cut));
            rest = indent + rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }
}
