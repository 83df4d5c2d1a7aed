package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References against the docker 28.2.2 client: each expected text is what {@code docker pull REF} printed
 * on this machine (no daemon; a valid reference got as far as "Cannot connect", written here as empty).
 */
class ReferencesTest {
    private static final String H32 = "0123456789abcdef0123456789abcdef";

    @ParameterizedTest(name = "pull {0}")
    @CsvSource(delimiter = '|', nullValues = "VALID", value = {
        "Foo!                   | invalid reference format: repository name (library/Foo!) must be lowercase",
        "Foo@sha256:abc         | invalid reference format: repository name (library/Foo@sha256) must be lowercase",
        "Example/app            | VALID",
        "Example/App            | invalid reference format: repository name (App) must be lowercase",
        "a/B:c                  | invalid reference format: repository name (a/B) must be lowercase",
        "foo:Bar                | VALID",
        "foo:                   | invalid reference format",
        "UP                     | invalid reference format: repository name (library/UP) must be lowercase",
        "localhost/Foo          | invalid reference format: repository name (Foo) must be lowercase",
        ":x                     | invalid reference format",
        "''                     | invalid reference format",
        "a//b                   | invalid reference format",
        "library/distros/ubuntu | VALID",
        "foo@sha256:abc         | invalid reference format",
        "A:b/c                  | invalid reference format",
        "foo:\u212a             | repository name must be lowercase",
        "x\u212a/foo            | repository name must be lowercase",
    })
    void namedErrors(String ref, String expected) {
        assertEquals(Optional.ofNullable(expected), References.namedError(ref));
    }

    @ParameterizedTest(name = "pull {0}")
    @CsvSource(delimiter = '|', nullValues = "VALID", value = {
        "foo@sha256:H32                | invalid checksum digest length",
        "foo@md5:H32                   | unsupported digest algorithm",
        "foo@sha256+b:H32              | unsupported digest algorithm",
        "foo@sha384:H32H32H32          | VALID",
        "foo@sha512:H32H32             | invalid checksum digest length",
        "foo@sha256:UPPER              | invalid checksum digest format",
        "Foo:bar@sha256:H32H32         | invalid reference format: repository name (library/Foo) must be lowercase",
    })
    void digestErrors(String ref, String expected) {
        String text = ref.replace("UPPER", (H32 + H32).toUpperCase()).replace("H32", H32);
        assertEquals(Optional.ofNullable(expected), References.namedError(text));
    }

    @org.junit.jupiter.api.Test
    void pathLength() {
        String a256 = "a".repeat(256);
        assertEquals(Optional.of("repository name must not be more than 255 characters"), References.namedError(a256));
        assertEquals(Optional.of("repository name must not be more than 255 characters"),
                References.namedError("x/" + a256.substring(2)));
        assertEquals(Optional.empty(), References.namedError("x/" + a256.substring(3)));
    }

    /** docker run/create take ParseAnyReference: an image id or any valid digest as well. */
    @org.junit.jupiter.api.Test
    void anyReference() {
        assertEquals(Optional.empty(), References.anyError(H32 + H32));
        assertEquals(Optional.empty(), References.anyError("sha256:" + H32 + H32));
        assertEquals(Optional.empty(), References.anyError("sha512:" + "a".repeat(128)));
        assertEquals(Optional.of("unsupported digest algorithm"), References.anyError("foo@md5:" + H32));
        assertEquals(Optional.of("invalid repository name (" + H32 + H32 + "), cannot specify 64-byte hexadecimal"
                + " strings"), References.namedError(H32 + H32));
    }
}
