package io.github.berth.app;

import io.github.berth.engine.dockerfile.DockerfileParseException;
import io.github.berth.engine.dockerfile.DockerfileParser;
import io.github.berth.engine.dockerfile.InstructionNames;
import io.github.berth.engine.dockerfile.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth dockerfile …}: Dockerfile tools. */
@Command(name = "dockerfile", mixinStandardHelpOptions = true, description = "Dockerfile tools.",
        subcommands = DockerfileCmd.Parse.class)
final class DockerfileCmd {

    /** {@code berth dockerfile parse FILE [--dump]}: parse as BuildKit does. */
    @Command(name = "parse", mixinStandardHelpOptions = true, description = {
            "Parse a Dockerfile as BuildKit does and report the first error.",
            "With --dump, print the parse tree in BuildKit's dump format (unknown instructions are kept, as there)."})
    static final class Parse implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the Dockerfile")
        Path file;

        @Option(names = "--dump", description = "print the parse tree, one line per instruction")
        boolean dump;

        @Override
        public Integer call() {
            return run(file, dump, System.out, System.err);
        }

        static int run(Path file, boolean dump, PrintStream out, PrintStream err) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println("berth: " + file + ": no such file");
                return 1;
            } catch (IOException e) {
                err.println("berth: " + file + ": cannot read: " + e.getMessage());
                return 1;
            }
            try {
                ParseResult result = DockerfileParser.parse(new String(bytes, StandardCharsets.UTF_8));
                if (dump) {
                    out.print(result.dump());
                    return 0;
                }
                InstructionNames.requireKnown(result);
                // parser.go, Result.PrintWarnings
                result.warnings().forEach(w -> err.println("[WARNING]: " + w.shortText()));
                if (!result.warnings().isEmpty()) {
                    err.println("[WARNING]: Empty continuation lines will become errors in a future release.");
                }
                int n = result.instructions().size();
                out.println(file + ": " + n + (n == 1 ? " instruction" : " instructions"));
                return 0;
            } catch (DockerfileParseException e) {
                String where = e.startLine() > 0 ? file + ":" + e.startLine() : file.toString();
                err.println("berth: " + where + ": " + e.getMessage());
                return 1;
            }
        }
    }
}
