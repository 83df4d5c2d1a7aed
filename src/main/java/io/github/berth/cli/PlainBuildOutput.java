package io.github.berth.cli;

import io.github.berth.engine.build.BuildTrace;
import io.github.berth.shell.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A build as buildx shows it with {@code --progress=plain} on the docker driver: BuildKit's plain
 * printer (util/progress/progressui/printer.go at v0.22.0: "#N name", statuses, logs with their
 * time, "#N DONE 0.0s", "#N CACHED", "#N ERROR: …", a blank line between steps), the failed
 * step's last output between "------" lines, the Dockerfile lines the error points at
 * (solver/errdefs/source.go Print) and buildx's closing "ERROR: …", all on standard error.
 */
final class PlainBuildOutput {
    private PlainBuildOutput() {}

    static int print(BuildTrace trace, Output out, boolean quiet) {
        return print(trace, out, quiet, "");
    }

    /** Prints the finished build; {@code shown} is what {@link #render} showed of it while it ran. */
    static int print(BuildTrace trace, Output out, boolean quiet, String shown) {
        if (trace.outcome() instanceof BuildTrace.Failed f) {
            out.stderr(quiet ? "ERROR: " + f.message() + "\n" : BuildStream.rest(render(trace, false), shown));
            return 1;
        }
        BuildTrace.Built built = (BuildTrace.Built) trace.outcome();
        if (quiet) {
            out.outLine(built.image().id());
        } else {
            out.stderr(BuildStream.rest(render(trace, false), shown));
        }
        return 0;
    }

    /**
     * The build's progress as text; {@code partial} while it runs: what is known so far, ending
     * with the running step's log, each part exactly as the finished build will show it.
     */
    static String render(BuildTrace trace, boolean partial) {
        return render(trace, partial, null);
    }

    /**
     * The same, reusing in {@code shown} (by identity) the text of steps already rendered: a
     * finished step's text never changes, so a build of many steps is not rendered again and
     * again as it streams.
     */
    static String render(BuildTrace trace, boolean partial, Map<BuildTrace.Step, String> shown) {
        StringBuilder sb = new StringBuilder();
        List<String> vertices = new ArrayList<>();
        int n = 0;
        BuildTrace.Failed failed = trace.outcome() instanceof BuildTrace.Failed f ? f : null;
        sb.append("#0 building with \"default\" instance using docker driver\n\n");
        n++;
        sb.append('#').append(n).append(" [internal] load build definition from ").append(trace.dockerfileName())
                .append('\n');
        sb.append('#').append(n).append(" transferring dockerfile: ").append(bytes(trace.dockerfileText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .append(" done\n#").append(n).append(" DONE 0.0s\n");
        if (failed != null && failed.beforeSteps()) {
            if (failed.startLine() > 0) {
                sb.append(snippet(trace, failed));
            }
            sb.append("ERROR: ").append(failed.message()).append('\n');
            return sb.toString();
        }
        if (partial && !trace.metadataComplete()) {
            return sb.toString();
        }
        String failedMetadata = null;
        for (String image : trace.metadataFor()) {
            n++;
            sb.append("\n#").append(n).append(" [internal] load metadata for ").append(image).append('\n');
            boolean last = image.equals(trace.metadataFor().get(trace.metadataFor().size() - 1));
            if (failed != null && last && failed.message().contains("resolve source metadata")
                    && trace.steps().stream().noneMatch(s -> s.vertex() != null
                    && s.vertex().contains("FROM " + image))) {
                String error = failed.message().substring(failed.message().indexOf(": ", failed.message()
                        .indexOf("resolve source metadata")) + 2);
                sb.append('#').append(n).append(" ERROR: ").append(error).append('\n');
                failedMetadata = "[internal] load metadata for " + image;
            } else {
                sb.append('#').append(n).append(" DONE 0.0s\n");
            }
        }
        if (failedMetadata == null) {
            n++;
            sb.append("\n#").append(n).append(" [internal] load .dockerignore\n#").append(n)
                    .append(" transferring context: ").append(bytes(trace.ignoreSize())).append(" done\n#").append(n)
                    .append(" DONE 0.0s\n");
        }
        BuildTrace.Step failedStep = null;
        for (BuildTrace.Step step : trace.steps()) {
            if (step.vertex() == null || failedMetadata != null) {
                continue;
            }
            n++;
            if (step.error() != null) {
                failedStep = step;
            }
            vertices.add(step.vertex());
            String done = shown == null ? null : shown.get(step);
            if (done == null) {
                done = section(trace, step, n);
                if (shown != null) {
                    shown.put(step, done);
                }
            }
            sb.append(done);
        }
        if (partial) {
            BuildTrace.Step running = trace.running();
            if (running != null && running.vertex() != null) {
                n++;
                sb.append("\n#").append(n).append(' ').append(running.vertex()).append('\n');
                // only whole lines: BuildKit logs a line once its newline is written
                StringBuilder whole = new StringBuilder();
                running.output().forEach(c -> whole.append(c.text()));
                int end = whole.lastIndexOf("\n");
                List<String> lines = end < 0 ? List.of() : logLines(new BuildTrace.Step(running.vertex(), null,
                        running.kind(), false, false, List.of(new BuildTrace.Chunk(false, whole.substring(0, end + 1))),
                        null, null, null, false));
                for (String line : lines) {
                    sb.append('#').append(n).append(' ').append(line).append('\n');
                }
            }
            return sb.toString();
        }
        if (failed != null) {
            if (failedMetadata != null || failedStep != null) {
                sb.append("------\n > ").append(failedMetadata != null ? failedMetadata : failedStep.vertex())
                        .append(":\n");
                if (failedStep != null) {
                    List<String> logs = logLines(failedStep);
                    for (String line : logs.subList(Math.max(0, logs.size() - 10), logs.size())) {
                        sb.append(line).append('\n');
                    }
                }
                sb.append("------\n");
            }
            if (failed.startLine() > 0) {
                sb.append(snippet(trace, failed));
            }
            sb.append("ERROR: ").append(failed.message()).append('\n');
            return sb.toString();
        }
        BuildTrace.Built built = (BuildTrace.Built) trace.outcome();
        n++;
        sb.append("\n#").append(n).append(" exporting to image\n");
        sb.append('#').append(n).append(" exporting layers done\n");
        sb.append('#').append(n).append(" writing image ").append(built.image().id()).append(" done\n");
        for (String name : built.names()) {
            sb.append('#').append(n).append(" naming to ").append(name).append(" done\n");
        }
        sb.append('#').append(n).append(" DONE 0.0s\n");
        return sb.toString();
    }

    /** One finished step as the printer shows it: its name, log, and how it ended. */
    private static String section(BuildTrace trace, BuildTrace.Step step, int n) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n#").append(n).append(' ').append(step.vertex()).append('\n');
        if (step.vertex().equals("[internal] load build context")) {
            sb.append('#').append(n).append(" transferring context: ").append(bytes(trace.contextSize()))
                    .append(" done\n#").append(n).append(" DONE 0.0s\n");
            return sb.toString();
        }
        for (String line : logLines(step)) {
            sb.append('#').append(n).append(' ').append(line).append('\n');
        }
        if (step.kind() == BuildTrace.Kind.FROM && !step.cached()) {
            String ref = step.vertex().substring(step.vertex().indexOf("FROM ") + 5);
            sb.append('#').append(n).append(" resolve ").append(ref).append(" done\n");
        }
        if (step.error() != null) {
            sb.append('#').append(n).append(" ERROR: ").append(step.error()).append('\n');
        } else if (step.cached()) {
            sb.append('#').append(n).append(" CACHED\n");
        } else {
            sb.append('#').append(n).append(step.kind() == BuildTrace.Kind.FROM ? " DONE 0.0s\n" : " DONE 0.1s\n");
        }
        return sb.toString();
    }

    /** The step's output as the printer logs it: each line after its time since the step started. */
    private static List<String> logLines(BuildTrace.Step step) {
        StringBuilder all = new StringBuilder();
        step.output().forEach(c -> all.append(c.text()));
        List<String> lines = new ArrayList<>();
        if (all.length() == 0) {
            return lines;
        }
        String text = all.toString();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        int i = 0;
        for (String line : text.split("\n", -1)) {
            lines.add(String.format(Locale.ROOT, "%.3f %s", 0.1 + 0.001 * i++, line));
        }
        return lines;
    }

    /** errdefs.Source.Print: the name and line, then the lines around it (two either side of one line). */
    static String snippet(BuildTrace trace, BuildTrace.Failed failed) {
        String[] lines = trace.dockerfileText().split("\n", -1);
        int start = failed.startLine();
        int end = Math.min(failed.endLine(), lines.length);
        if (start > lines.length || start < 1) {
            return "";
        }
        int pad = end == start ? 4 : 2;
        int shownStart = start;
        int p = 0;
        while (p < pad) {
            if (shownStart > 1) {
                shownStart--;
                p++;
            }
            if (end != lines.length) {
                end++;
                p++;
            }
            p++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(trace.dockerfileName()).append(':').append(start).append("\n--------------------\n");
        for (int i = shownStart; i <= end; i++) {
            boolean marked = i >= failed.startLine() && i <= Math.max(failed.startLine(), failed.endLine());
            sb.append(String.format(Locale.ROOT, " %3d | %s %s\n", i, marked ? ">>>" : "   ", lines[i - 1]));
        }
        return sb.append("--------------------\n").toString();
    }

    /** BuildKit's byte counts: "156B", "1.03kB". */
    static String bytes(long n) {
        if (n < 1000) {
            return n + "B";
        }
        String[] units = {"kB", "MB", "GB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.2f", v) + units[u];
    }
}
