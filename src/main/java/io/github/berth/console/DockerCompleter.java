package io.github.berth.console;

import io.github.berth.cli.CommandInfo;
import io.github.berth.cli.Docker;
import io.github.berth.cli.FlagSpec;
import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.Image;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completion from the docker command model and the engine's live state: commands and
 * management groups with what they do, a command's flags (short and long form as one entry,
 * with their description), image references and container names. At the start of a line,
 * docker and berth's own commands.
 */
public final class DockerCompleter implements Completer {
    private final Supplier<DockerSyntax> syntax;
    private final Supplier<Engine> engine;
    private final Map<String, String> tutorCommands;
    private final java.util.function.Function<String, List<String>> paths;

    DockerCompleter(Supplier<DockerSyntax> syntax, Supplier<Engine> engine, Map<String, String> tutorCommands) {
        this(syntax, engine, tutorCommands, typed -> List.of());
    }

    /** @param paths the workspace paths that complete a typed prefix, for {@code edit} and {@code nano} */
    DockerCompleter(Supplier<DockerSyntax> syntax, Supplier<Engine> engine, Map<String, String> tutorCommands,
            java.util.function.Function<String, List<String>> paths) {
        this.syntax = syntax;
        this.engine = engine;
        this.tutorCommands = Map.copyOf(tutorCommands);
        this.paths = paths;
    }

    /**
     * The completer the prompt uses, over a sandbox's command model and engine, with no berth
     * commands (for benchmarks).
     */
    public static DockerCompleter forSandbox(Supplier<io.github.berth.sandbox.Sandbox> sandbox) {
        return new DockerCompleter(() -> new DockerSyntax(sandbox.get().dockerCommands()), () -> sandbox.get().engine(),
                Map.of());
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        if (before.size() == 1 && (before.get(0).equals("edit") || before.get(0).equals("nano"))) {
            for (String path : paths.apply(line.word().substring(0, line.wordCursor()))) {
                boolean dir = path.endsWith("/") || path.endsWith(":");
                candidates.add(new Candidate(path, path, "Files", null, null, null, !dir));
            }
            return;
        }
        candidates.addAll(candidates(before));
    }

    /** The candidates for the word after {@code before} (the words already typed). */
    List<Candidate> candidates(List<String> before) {
        if (before.isEmpty()) {
            List<Candidate> first = new java.util.ArrayList<>();
            first.add(new Candidate("docker", "docker", "Commands", "the Docker command line", null, null, true));
            tutorCommands.forEach((name, summary) ->
                    first.add(new Candidate(name, name, "berth", summary, null, null, true)));
            return first;
        }
        if (!before.get(0).equals("docker")) {
            return List.of();
        }
        List<String> afterDocker = before.subList(1, before.size());
        DockerSyntax model = syntax.get();
        Optional<CommandInfo> command = model.command(afterDocker);
        if (command.isEmpty()) {
            return subcommands(model, afterDocker);
        }
        CommandInfo info = command.get();
        List<String> args = afterDocker.subList(info.path().size(), afterDocker.size());
        boolean positionalSeen = args.stream().anyMatch(a -> !a.startsWith("-"));
        if (!info.interspersed() && positionalSeen) {
            return List.of(); // the container's own command: nothing docker knows to offer
        }
        List<Candidate> out = new java.util.ArrayList<>();
        for (FlagSpec flag : info.flags()) {
            String key = flag.name();
            out.add(new Candidate("--" + flag.name(), "--" + flag.name(), "Options", flag.usage(), null, key, true));
            if (flag.shorthand() != 0) {
                out.add(new Candidate("-" + flag.shorthand(), "-" + flag.shorthand(), "Options", flag.usage(), null, key,
                        true));
            }
        }
        if (info.operand() == CommandInfo.Operand.IMAGE) {
            java.util.Set<String> local = new java.util.HashSet<>();
            for (Image image : engine.get().images()) {
                local.addAll(image.repoTags());
                image.repoTags().forEach(tag -> out.add(new Candidate(tag, tag, "Images", null, null, null, true)));
            }
            for (String ref : engine.get().registryReferences()) {
                if (!local.contains(ref)) {
                    out.add(new Candidate(ref, ref, "Docker Hub", "pulled when used", null, null, true));
                }
            }
        } else if (info.operand() == CommandInfo.Operand.CONTAINER && info.path().get(info.path().size() - 1).equals("cp")) {
            // docker cp names CONTAINER:PATH: the colon follows, with no space
            for (Container c : engine.get().containers()) {
                out.add(new Candidate(c.name() + ":", c.name() + ":", "Containers",
                        c.shortId() + " " + c.state().status().word(), null, null, false));
            }
        } else if (info.operand() == CommandInfo.Operand.CONTAINER) {
            for (Container c : engine.get().containers()) {
                out.add(new Candidate(c.name(), c.name(), "Containers", c.shortId() + " " + c.state().status().word(),
                        null, null, true));
            }
        }
        return out;
    }

    /** Commands and groups that can follow {@code afterDocker} ("docker " or "docker container "). */
    private static List<Candidate> subcommands(DockerSyntax model, List<String> afterDocker) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (CommandInfo c : model.commands()) {
            List<String> path = c.path();
            if (path.size() <= afterDocker.size() || !path.subList(0, afterDocker.size()).equals(afterDocker)) {
                continue;
            }
            String word = path.get(afterDocker.size());
            boolean group = path.size() > afterDocker.size() + 1;
            out.putIfAbsent(word, new Candidate(word, word, group ? "Management commands" : "Commands",
                    group ? Docker.GROUPS.getOrDefault(word, "") : c.description(), null, null, true));
        }
        return List.copyOf(out.values());
    }
}
