package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FlagParser against vendored spf13/pflag v1.0.6 flag.go (docker/cli v28.2.2): parseArgs,
 * parseLongArg, parseSingleShortArg, and intValue/boolValue Set (strconv.ParseInt/ParseBool).
 */
class FlagParserTest {
    private static CommandSpec spec(boolean interspersed) {
        return new CommandSpec("t", "[OPTIONS] ARG", "test", List.of(
                FlagSpec.bool("detach", 'd', "d"),
                FlagSpec.bool("interactive", 'i', "i"),
                FlagSpec.bool("tty", 't', "t"),
                FlagSpec.value("publish", 'p', "list", "p"),
                FlagSpec.value("name", (char) 0, "string", "n"),
                FlagSpec.value("last", 'n', "int", "l")),
                new ArgsRule.AtLeast(0), interspersed);
    }

    private static ParsedArgs ok(boolean interspersed, String... args) {
        FlagParser.Result r = FlagParser.parse(spec(interspersed), Arrays.asList(args));
        return assertInstanceOf(FlagParser.Result.Ok.class, r, r.toString()).args();
    }

    private static String error(boolean interspersed, String... args) {
        FlagParser.Result r = FlagParser.parse(spec(interspersed), Arrays.asList(args));
        return assertInstanceOf(FlagParser.Result.Error.class, r, r.toString()).message();
    }

    @Test
    void longFlagWithEqualsOrSeparateValue() {
        assertEquals(Map.of("name", List.of("web")), ok(true, "--name=web").flags());
        assertEquals(Map.of("name", List.of("web")), ok(true, "--name", "web").flags());
        assertEquals(Map.of("name", List.of("")), ok(true, "--name=").flags());
    }

    @Test
    void valueMayLookLikeAFlag() {
        // pflag takes the next argument whatever it is
        assertEquals(Map.of("name", List.of("--detach")), ok(true, "--name", "--detach").flags());
    }

    @Test
    void combinedShorthands() {
        ParsedArgs a = ok(true, "-dit");
        assertTrue(a.bool("detach"));
        assertTrue(a.bool("interactive"));
        assertTrue(a.bool("tty"));
    }

    @Test
    void shorthandValueAttachedEqualsOrLastInGroup() {
        assertEquals(List.of("8080:80"), ok(true, "-p8080:80").flags().get("publish"));
        assertEquals(List.of("8080:80"), ok(true, "-p=8080:80").flags().get("publish"));
        ParsedArgs a = ok(true, "-dp", "8080:80", "nginx");
        assertTrue(a.bool("detach"));
        assertEquals(List.of("8080:80"), a.flags().get("publish"));
        assertEquals(List.of("nginx"), a.positionals());
        // the rest of a group after a value flag is its value: -pd is publish "d"
        assertEquals(Map.of("publish", List.of("d")), ok(true, "-pd").flags());
    }

    @Test
    void repeatedFlagsKeepEveryValueAndTheLastWins() {
        ParsedArgs a = ok(true, "-p", "1:1", "--publish=2:2", "--name", "a", "--name", "b");
        assertEquals(List.of("1:1", "2:2"), a.flags().get("publish"));
        assertEquals("b", a.value("name"));
    }

    @Test
    void boolValues() {
        assertFalse(ok(true, "--detach=false").bool("detach"));
        assertTrue(ok(true, "--detach=false").has("detach"));
        assertTrue(ok(true, "--detach=T").bool("detach"));
        assertFalse(ok(true, "-d=0").bool("detach"));
        assertFalse(ok(true, "--detach=FALSE").bool("detach"));
        assertTrue(ok(true, "--detach=1").bool("detach"));
        assertFalse(ok(true).has("detach"));
    }

    @Test
    void doubleDashEndsFlags() {
        ParsedArgs a = ok(true, "-d", "--", "-i", "--name");
        assertEquals(List.of("-i", "--name"), a.positionals());
        assertFalse(a.has("interactive"));
    }

    @Test
    void singleDashIsAPositional() {
        assertEquals(List.of("-"), ok(true, "-").positionals());
    }

    @Test
    void interspersedFlagsAfterPositionals() {
        ParsedArgs a = ok(true, "x", "-d", "y");
        assertEquals(List.of("x", "y"), a.positionals());
        assertTrue(a.bool("detach"));
    }

    @Test
    void notInterspersed_everythingFromTheFirstPositionalIsAnArgument() {
        ParsedArgs a = ok(false, "-d", "img", "-i", "--bogus", "--");
        assertEquals(List.of("img", "-i", "--bogus", "--"), a.positionals());
        assertTrue(a.bool("detach"));
        assertFalse(a.has("interactive"));
    }

    @Test
    void helpFlag() {
        FlagParser.Result r = FlagParser.parse(spec(true), List.of("--help"));
        assertTrue(assertInstanceOf(FlagParser.Result.Ok.class, r).help());
        FlagParser.Result h = FlagParser.parse(spec(true), List.of("-h"));
        assertTrue(assertInstanceOf(FlagParser.Result.Ok.class, h).help());
        FlagParser.Result none = FlagParser.parse(spec(true), List.of("-d"));
        assertFalse(assertInstanceOf(FlagParser.Result.Ok.class, none).help());
    }

    @Test
    void intValues() {
        assertEquals("-1", ok(true, "-n", "-1").value("last"));
        // kept as the Go int's decimal text, whatever base it was written in
        assertEquals("3", ok(true, "--last=+3").value("last"));
        assertEquals("31", ok(true, "--last=0x1f").value("last"));
        assertEquals("9223372036854775807", ok(true, "-n", "9223372036854775807").value("last"));
    }

    @Test
    void errorsInPflagsWords() {
        assertEquals("unknown flag: --bogus", error(true, "--bogus"));
        assertEquals("unknown flag: --bogus", error(true, "--bogus=1"));
        assertEquals("unknown shorthand flag: 'x' in -x", error(true, "-x"));
        assertEquals("flag needs an argument: --name", error(true, "--name"));
        assertEquals("flag needs an argument: 'p' in -p", error(true, "-p"));
        assertEquals("flag needs an argument: 'p' in -p", error(true, "-dp"));
        assertEquals("invalid argument \"maybe\" for \"-d, --detach\" flag: strconv.ParseBool: parsing \"maybe\":"
                + " invalid syntax", error(true, "--detach=maybe"));
        assertEquals("invalid argument \"x\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"x\": invalid syntax",
                error(true, "-n", "x"));
        assertEquals("invalid argument \"9223372036854775808\" for \"-n, --last\" flag: strconv.ParseInt: parsing"
                + " \"9223372036854775808\": value out of range", error(true, "-n", "9223372036854775808"));
        assertEquals("invalid argument \"-9223372036854775809\" for \"-n, --last\" flag: strconv.ParseInt: parsing"
                + " \"-9223372036854775809\": value out of range", error(true, "--last=-9223372036854775809"));
    }

    @Test
    void theFirstErrorWins() {
        assertEquals("unknown flag: --one", error(true, "--one", "--two"));
    }

    /** strconv.ParseInt(s, 0, 64) as pflag's intValue.Set calls it; each value checked with the real client. */
    @Test
    void intValuesAreGoBaseZero() {
        Map<String, String> accepted = Map.of("0x1", "1", "0X1F", "31", "1_0", "10", "017", "15", "0o17", "15",
                "0O7", "7", "0b11", "3", "0B1", "1", "-0x10", "-16", "0", "0");
        accepted.forEach((typed, value) -> assertEquals(value, ok(true, "-n", typed).value("last"), typed));
        assertEquals("-9223372036854775808", ok(true, "-n", "-9223372036854775808").value("last"));
        for (String bad : List.of("08", "_1", "1__0", "1_", "0x", "0b2", "", "0x_", "1e3", "٣")) {
            assertEquals("invalid argument " + GoQuote.string(bad) + " for \"-n, --last\" flag: strconv.ParseInt: parsing "
                    + GoQuote.string(bad) + ": invalid syntax", error(true, "-n", bad), bad);
        }
        // an overflow is reported before a later bad character
        assertEquals("invalid argument \"99999999999999999999x\" for \"-n, --last\" flag: strconv.ParseInt: parsing"
                + " \"99999999999999999999x\": value out of range", error(true, "-n", "99999999999999999999x"));
    }

    /** docker/cli cli/cobra.go: a hidden bool --help, its -h shorthand deprecated (a notice, no name in errors). */
    @Test
    void helpIsABoolFlag() {
        FlagParser.Result off = FlagParser.parse(spec(true), List.of("--help", "--help=false"));
        assertFalse(assertInstanceOf(FlagParser.Result.Ok.class, off).help());
        FlagParser.Result h = FlagParser.parse(spec(true), List.of("-dh"));
        assertEquals("Flag shorthand -h has been deprecated, use --help\n",
                assertInstanceOf(FlagParser.Result.Ok.class, h).notices());
        FlagParser.Result hFalse = FlagParser.parse(spec(true), List.of("-h=false"));
        assertFalse(assertInstanceOf(FlagParser.Result.Ok.class, hFalse).help());
        assertEquals("invalid argument \"maybe\" for \"--help\" flag: strconv.ParseBool: parsing \"maybe\": invalid"
                + " syntax", error(true, "-h=maybe"));
        assertEquals("", assertInstanceOf(FlagParser.Result.Ok.class,
                FlagParser.parse(spec(true), List.of("--help"))).notices());
        assertFalse(ok(true, "--help").has("help"), "help is not one of the command's flags");
    }

    /** pflag parseSingleShortArg works on bytes and quotes the byte as a Go rune ('é' starts with 0xC3, 'Ã'). */
    @Test
    void shorthandErrorsQuoteLikeGo() {
        assertEquals("unknown shorthand flag: 'Ã' in -é", error(true, "-dé"));
        assertEquals("unknown shorthand flag: '\\t' in -\t", error(true, "-\t"));
        assertEquals("unknown shorthand flag: '\\'' in -'", error(true, "-'"));
        assertEquals("unknown shorthand flag: '\\\\' in -\\", error(true, "-\\"));
        assertEquals("unknown shorthand flag: '\\x7f' in -\u007f", error(true, "-\u007f"));
        assertEquals("unknown shorthand flag: '=' in -=", error(true, "-d="));
        assertEquals("invalid argument \"=\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"=\": invalid syntax",
                error(true, "-n="));
        assertEquals("invalid argument \"a\\tb\\u00a0\" for \"-n, --last\" flag: strconv.ParseInt: parsing"
                + " \"a\\tb\\u00a0\": invalid syntax", error(true, "-n", "a\tb\u00a0"));
    }

    @Test
    void badFlagSyntax() {
        assertEquals("bad flag syntax: ---x", error(true, "---x"));
        assertEquals("bad flag syntax: --=", error(true, "--="));
        assertEquals("bad flag syntax: --=x", error(true, "--=x"));
    }
}
