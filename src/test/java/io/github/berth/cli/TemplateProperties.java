package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Templates a learner might mistype, pieced together from template fragments: every --format
 * ends with output or docker's error text and one of docker's exit statuses, never an exception.
 */
class TemplateProperties {
    static final List<String> PIECES = List.of("{{", "}}", "{{-", "-}}", ".", ".Names", ".ID", ".State", " ", "|",
            "(", ")", "\"", "`", "range", "if", "else", "end", "with", "$x", ":=", "=", "$", "index", "printf", "len",
            "json", "upper", "split", "join", "truncate", "pad", "eq", "lt", "and", "not", "1", "-3", "0x1f", "2.5",
            "\"%s\"", "\"%d\"", "\",\"", "nil", "true", "/*", "*/", "break", "continue", "\\t", "\n", "table ", "x",
            ".Label \"a.b\"", ".Config.Cmd", ".State.Status", ".Foo", "slice", "html", "js", "print");

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 1500)
    void psFormatAlwaysEndsWithAnAnswer(@ForAll("templates") String template) {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "web", "hello-world");
        for (List<String> argv : List.of(List.of("ps", "-a", "--format", template),
                List.of("inspect", "-f", template, "web"), List.of("images", "--format", template),
                List.of("network", "ls", "--format", template))) {
            DockerSession.Result r = s.docker(argv.toArray(String[]::new));
            assertTrue(Set.of(0, 1, 64).contains(r.exit()), () -> argv + " -> " + r);
            if (r.exit() != 0) {
                assertTrue(!r.err().isEmpty(), () -> argv + " -> empty stderr");
            }
        }
    }
}
