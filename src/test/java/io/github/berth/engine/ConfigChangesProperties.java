package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a learner passes to docker commit -c or import -c, the answer is a config or a message, never an exception. */
class ConfigChangesProperties {
    @Provide
    Arbitrary<List<String>> changes() {
        Arbitrary<String> keyword = Arbitraries.of("CMD", "ENTRYPOINT", "ENV", "EXPOSE", "LABEL", "USER", "WORKDIR",
                "VOLUME", "STOPSIGNAL", "ONBUILD", "RUN", "HEALTHCHECK", "cmd", "FROM", "", "#");
        Arbitrary<String> word = Arbitraries.of("", "a", "a=b", "\"", "[", "]", "[\"x\"", "[\"a\", \"b\"]", "$X", "${X",
                "80/udp", "\\", "\n", "=", "a b", "'", "/srv", "..", "ONBUILD", "RUN x");
        Arbitrary<String> line = Arbitraries.strings().withChars(" =[]\"'\\$\n{}a/").ofMaxLength(12);
        Arbitrary<String> change = Arbitraries.oneOf(
                keyword.flatMap(k -> word.list().ofMaxSize(4).map(ws -> k + " " + String.join(" ", ws))), line);
        return change.list().ofMaxSize(4);
    }

    @Property(tries = 500)
    void neverThrows(@ForAll("changes") List<String> changes) {
        ConfigChanges.Result r = ConfigChanges.apply(new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), "/"),
                changes);
        assertTrue(r.config() != null ^ r.error() != null, changes.toString());
    }
}
