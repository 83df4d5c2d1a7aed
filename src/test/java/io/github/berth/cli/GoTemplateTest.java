package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The template engine docker's --format flags share: Go's text/template (parse.go, exec.go,
 * funcs.go; error texts as Go 1.24 words them) with docker/cli templates.go's functions.
 */
class GoTemplateTest {
    private static final Map<String, Object> DATA = data();

    private static Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Names", List.of("web", "db"));
        m.put("Empty", List.of());
        m.put("Name", "web");
        m.put("Count", 3L);
        m.put("Labels", new java.util.TreeMap<>(Map.of("b", "2", "a", "1")));
        m.put("Nested", Map.of("Inner", "deep"));
        return m;
    }

    private static String run(String template) {
        GoTemplate.Parsed parsed = GoTemplate.parse(template);
        if (parsed instanceof GoTemplate.Error e) {
            return "PARSE " + e.message();
        }
        GoTemplate.Result r = ((GoTemplate.Ok) parsed).template().execute(DATA, GoTemplate.Options.DEFAULT);
        return r.error() != null ? "EXEC " + r.error() : r.output();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "{{.Name}} => web",
        "{{.Nested.Inner}} => deep",
        "{{.Names}} => [web db]",
        "{{.Labels}} => map[a:1 b:2]",
        "{{.Missing}} => <no value>",
        "{{range .Names}}<{{.}}>{{end}} => <web><db>",
        "{{range $i, $n := .Names}}{{$i}}={{$n}} {{end}} => ~0=web 1=db ~",
        "{{range .Empty}}x{{else}}none{{end}} => none",
        "{{range $k, $v := .Labels}}{{$k}}{{$v}}{{end}} => a1b2",
        "{{range .Names}}{{if eq . \"db\"}}{{break}}{{end}}{{.}}{{end}} => web",
        "{{range .Names}}{{if eq . \"web\"}}{{continue}}{{end}}{{.}}{{end}} => db",
        "{{with .Nested}}{{.Inner}}{{end}} => deep",
        "{{with .Empty}}x{{else}}empty{{end}} => empty",
        "{{if .Empty}}a{{else if .Name}}b{{else}}c{{end}} => b",
        "{{$x := .Name}}{{$x}}{{$x = \"db\"}}{{$x}} => webdb",
        "{{$}} => map[Count:3 Empty:[] Labels:map[a:1 b:2] Name:web Names:[web db] Nested:map[Inner:deep]]",
        "{{index .Names 1}} => db",
        "{{index .Labels \"b\"}} => 2",
        "{{len .Names}} {{len .Name}} => 2 3",
        "{{join .Names \", \"}} => ~web, db~",
        "{{split \"a:b\" \":\"}} => [a b]",
        "{{json .Names}} => [\"web\",\"db\"]",
        "{{json .Labels}} => {\"a\":\"1\",\"b\":\"2\"}",
        "{{upper .Name}} {{lower \"AB\"}} {{title \"hello world\"}} => WEB ab Hello World",
        "{{truncate \"abcdef\" 3}} => abc",
        "{{pad .Name 1 2}}! => ~ web  !~",
        "{{printf \"%s-%d-%q-%5s|%-4s|%v\" .Name .Count \"q\" \"r\" \"l\" .Names}} => web-3-\"q\"-    r|l   |[web db]",
        "{{printf \"%d\" .Name}} => %!d(string=web)",
        "{{.Name | printf \"%s!\"}} => web!",
        "{{\"x\" | printf \"%s-%s\" \"y\"}} => y-x",
        "{{print 1 2}} {{print \"a\" \"b\"}} => 1 2 ab",
        "{{if and .Name .Empty}}y{{else}}n{{end}}{{if or .Empty .Name}}y{{end}} => ny",
        "{{not true}} {{eq 1 2 1}} {{ne \"a\" \"b\"}} {{lt 1 2}} {{ge 1 2}} => false true true true false",
        "{{len (slice .Names 1)}} => 1",
        "a  {{- .Name -}}  b => awebb",
        "{{/* a comment */}}x => x",
        "{{(index .Names 0) | upper}} => WEB",
        "{{html \"<a>\"}} => &lt;a&gt;",
        "{{urlquery \"a b&c\"}} => a+b%26c",
        "{{3}} {{1.5}} {{true}} {{nil | print}} => 3 1.5 true <nil>",
    })
    void executes(String template, String expected) {
        assertEquals(expected, run(template));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "{{end}} => template: :1: unexpected {{end}}",
        "{{else}} => template: :1: unexpected {{else}}",
        "a\\n{{end}} => template: :2: unexpected {{end}}",
        "{{if .Name}}x => template: :1: unexpected EOF",
        "{{range}}{{end}} => template: :1: missing value for range",
        "{{}} => template: :1: missing value for command",
        "{{$x}} => template: :1: undefined variable \"$x\"",
        "{{.Name | \"x\"}} => template: :1: non executable command in pipeline stage 2",
        "{{\"a}} => template: :1: unterminated quoted string",
        "{{#}} => template: :1: unrecognized character in action: U+0023 '#'",
        "{{(.Name}} => template: :1: unclosed left paren",
        "{{.Name)}} => template: :1: unexpected right paren",
        "{{.Name => template: :1: unclosed action",
        "{{bogus .Name}} => template: :1: function \"bogus\" not defined",
        "{{break}} => template: :1: {{break}} outside {{range}}",
        "{{/* x => template: :1: unclosed comment",
        "{{if .A}}a{{else}}b{{else}}c{{end}} => template: :1: expected end; found {{else}}",
    })
    void parseErrors(String template, String expected) {
        assertEquals("PARSE " + expected, run(template.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "{{index .Names 5}} => template: :1:2: executing \"\" at <index .Names 5>: error calling index: index out of range: 5",
        "{{upper}} => template: :1:2: executing \"\" at <upper>: wrong number of args for upper: want 1 got 0",
        "x{{upper .Count}} => template: :1:3: executing \"\" at <upper .Count>: wrong type for value; expected string; got int",
        "{{.Name 1}} => template: :1:2: executing \"\" at <.Name>: Name is not a method but has arguments",
        "{{.Name.Foo}} => template: :1:7: executing \"\" at <.Name.Foo>: can't evaluate field Foo in type string",
        "{{range .Name}}{{end}} => template: :1:8: executing \"\" at <range .Name>: range can't iterate over web",
        "{{len 3}} => template: :1:2: executing \"\" at <len 3>: error calling len: len of type int",
    })
    void executionErrors(String template, String expected) {
        assertEquals("EXEC " + expected, run(template));
    }
}
