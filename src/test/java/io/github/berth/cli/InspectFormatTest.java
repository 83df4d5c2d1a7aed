package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker inspect --format. Sources: docker/cli v28.2.2 cli/command/inspect/inspector.go
 * (TemplateInspector: one line per object, a lone newline when nothing rendered, raw-map fallback
 * with missingkey=error, parse errors as StatusError 64, "json" as a compact array),
 * templates/templates.go (json without HTML escaping, upper, lower), Go's text/template and fmt
 * (%v of slices, maps and nil pointers). Parse errors captured from the real docker 28.2.2 client.
 */
class InspectFormatTest {
    /** An exited container keeps its endpoint's NetworkID (moby cleanOperationalData). */
    private static final String BRIDGE = new DockerSession(false).engine.networks().find("bridge").orElseThrow().id();

    private static DockerSession web() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "web", "hello-world");
        return s;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{{.State.Status}}|exited",
        "{{.Name}} runs {{.Config.Image}}|/web runs hello-world",
        "{{.Config.Cmd}}|[/hello]",
        "{{json .Config.Cmd}}|[\"/hello\"]",
        "{{.Config.Env}}|[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin]",
        "{{.Config.Entrypoint}}|[]",
        "{{json .Config.Entrypoint}}|null",
        "{{.HostConfig.PidsLimit}}|<nil>",
        "{{.Config.Labels}}|map[]",
        "{{.State.ExitCode}}|0",
        "{{.State.Running}}|false",
        "{{upper .State.Status}}|EXITED",
        "{{.HostConfig.RestartPolicy.Name}}|no",
        "{{.HostConfig.LogConfig.Type}}|json-file",
        "{{.NetworkSettings.IPAddress}}|",
        "{{json .HostConfig.RestartPolicy}}|{\"Name\":\"no\",\"MaximumRetryCount\":0}",
        "  {{- .State.Status -}}  !|exited!",
    })
    void fields(String format, String expected) {
        assertEquals(new Result((expected == null ? "" : expected) + "\n", "", 0),
                web().docker("inspect", "--format", format, "web"));
    }

    @Test
    void oneLinePerContainer() {
        DockerSession s = web();
        s.docker("run", "--name", "db", "hello-world");
        assertEquals(new Result("/web\n/db\n", "", 0), s.docker("container", "inspect", "-f", "{{.Name}}", "web", "db"));
    }

    @Test
    void unclosedAction() {
        // real client: docker inspect -f '{{.State.Status' x
        assertEquals(new Result("", "template parsing error: template: :1: unclosed action\n", 64),
                web().docker("inspect", "-f", "{{.State.Status", "web"));
    }

    @Test
    void undefinedFunction() {
        // real client: docker inspect -f '{{bogus}}' x
        assertEquals(new Result("", "template parsing error: template: :1: function \"bogus\" not defined\n", 64),
                web().docker("inspect", "-f", "{{bogus}}", "web"));
    }

    @Test
    void aMissingFieldFailsInTheRawFallback() {
        assertEquals(new Result("\n", "template parsing error: template: :1:2: executing \"\" at <.Foo>: map has no"
                + " entry for key \"Foo\"\n", 1), web().docker("inspect", "-f", "{{.Foo}}", "web"));
        // text/template/parse positions a field chain at its second field: offset 13 here
        assertEquals(new Result("\n", "template parsing error: template: :1:13: executing \"\" at <.State.Foo>: map"
                + " has no entry for key \"Foo\"\n", 1), web().docker("inspect", "-f", "{{json .State.Foo}}", "web"));
    }

    @Test
    void aMissingContainerWithATemplate() {
        assertEquals(new Result("\n", "Error response from daemon: No such container: x\n", 1),
                web().docker("container", "inspect", "-f", "{{.Name}}", "x"));
    }

    @Test
    void jsonIsOneCompactArray() {
        Result r = web().docker("inspect", "-f", "json", "web");
        assertTrue(r.out().startsWith("[{\"Id\":\""), r.out());
        assertTrue(r.out().endsWith("\"Networks\":{\"bridge\":{\"IPAMConfig\":null,\"Links\":null,\"Aliases\":null,"
                + "\"MacAddress\":\"\",\"DriverOpts\":null,\"GwPriority\":0,\"NetworkID\":\"" + BRIDGE + "\",\"EndpointID\":\"\","
                + "\"Gateway\":\"\",\"IPAddress\":\"\",\"IPPrefixLen\":0,\"IPv6Gateway\":\"\",\"GlobalIPv6Address\":\"\","
                + "\"GlobalIPv6PrefixLen\":0,\"DNSNames\":null}}}}]\n"), r.out());
        assertEquals(new Result("[]\n", "Error: No such object: x\n", 1), web().docker("inspect", "-f", "json", "x"));
    }
}
