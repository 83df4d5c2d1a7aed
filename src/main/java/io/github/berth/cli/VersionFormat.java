package io.github.berth.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker version --format}: docker/cli v28.2.2 cli/command/system/version.go. The template is
 * named "version" and parsed first (a parse error is "template parsing error: …", status 64); it runs
 * on versionInfo{Client, Server} and a newline follows what it writes. The client's values are the
 * 28.2.2 client's (checked with {@code docker version --format '{{.Client.Version}}|…'} on this machine);
 * the server's say, as {@code docker version} does, that it is berth's sandbox engine.
 */
final class VersionFormat {
    private VersionFormat() {}

    static int print(Invocation inv, String format) {
        GoTemplate.Parsed parsed = GoTemplate.parse(format);
        if (parsed instanceof GoTemplate.Error error) {
            inv.out().errLine("template parsing error: " + error.message().replaceFirst("^template: :", "template: version:"));
            return 64;
        }
        GoTemplate template = ((GoTemplate.Ok) parsed).template();
        GoTemplate.Result result = template.execute(data(), GoTemplate.Options.DEFAULT);
        inv.out().stdout(result.output() + "\n");
        if (result.error() != null) {
            inv.out().errLine(result.error().replace("template: :", "template: version:"));
            return 1;
        }
        return 0;
    }

    private static Map<String, Object> data() {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("Platform", null);
        client.put("Version", "28.2.2");
        client.put("APIVersion", "1.50");
        client.put("DefaultAPIVersion", "1.50");
        client.put("GitCommit", "e6534b4");
        client.put("GoVersion", "go1.24.3");
        client.put("Os", "linux");
        client.put("Arch", "amd64");
        client.put("BuildTime", "Fri May 30 12:07:14 2025");
        client.put("Context", "default");
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("Platform", Map.of("Name", "berth sandbox engine (a simulation inside berth, not a Docker daemon)"));
        server.put("Components", List.of());
        server.put("Version", "berth (answers as Docker Engine 28.2.2 would)");
        server.put("APIVersion", "1.50");
        server.put("MinAPIVersion", "1.24");
        server.put("GitCommit", "none");
        server.put("GoVersion", "none (berth is written in Java)");
        server.put("Os", "linux");
        server.put("Arch", "amd64");
        server.put("KernelVersion", "");
        server.put("Experimental", false);
        server.put("BuildTime", "with berth");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("Client", client);
        info.put("Server", server);
        return info;
    }
}
