package io.github.berth.cli;

import io.github.berth.engine.build.BuildTrace;
import io.github.berth.shell.Output;
import java.util.List;

/**
 * A build as the legacy builder shows it (DOCKER_BUILDKIT=0): "Sending build context to Docker
 * daemon", "Step i/n : …" for every instruction, " ---> Running in …", " ---> Using cache", the
 * step's image id, "Successfully built" and "Successfully tagged" on standard output (moby
 * v28.2.2 builder/dockerfile and api/server/backend/build); a failure's message on standard error.
 */
final class LegacyBuildOutput {
    private LegacyBuildOutput() {}

    static int print(BuildTrace trace, Output out, boolean quiet) {
        return print(trace, out, quiet, "");
    }

    /** Prints the finished build; {@code shown} is what {@link #render} showed of it while it ran. */
    static int print(BuildTrace trace, Output out, boolean quiet, String shown) {
        BuildTrace.Failed failed = trace.outcome() instanceof BuildTrace.Failed f ? f : null;
        if (failed != null && failed.beforeSteps() && failed.startLine() == 0) {
            out.errLine(failed.legacyMessage());
            return failed.legacyExit();
        }
        if (!quiet) {
            out.stdout(BuildStream.rest(render(trace, false), shown));
        }
        if (failed != null) {
            out.errLine((failed.beforeSteps() ? "Error response from daemon: " : "") + failed.legacyMessage());
            return failed.legacyExit();
        }
        if (quiet) {
            out.outLine(((BuildTrace.Built) trace.outcome()).image().id());
        }
        return 0;
    }

    /**
     * What the build writes on standard output; {@code partial} while it runs: the steps so far,
     * the last one's closing id held back (the last step shows the image's id), then the running
     * step with its output so far.
     */
    static String render(BuildTrace trace, boolean partial) {
        StringBuilder shown = new StringBuilder();
        BuildTrace.Failed failed = trace.outcome() instanceof BuildTrace.Failed f ? f : null;
        // the progress reader's last update ("%8v" of the size, then "\r"), then the client's newline
        shown.append("Sending build context to Docker daemon ").append(String.format("%8s",
                goHumanSize(trace.contextTarSize()))).append("\r\r\n");
        if (failed != null && failed.beforeSteps()) {
            return shown.toString();
        }
        List<BuildTrace.Step> steps = trace.steps().stream().filter(s -> s.legacyText() != null).toList();
        String finalId = trace.outcome() instanceof BuildTrace.Built b ? b.image().shortId() : null;
        BuildTrace.Step now = partial ? trace.running() : null;
        boolean nowShown = now != null && now.legacyText() != null;
        int number = 0;
        for (int k = 0; k < steps.size(); k++) {
            BuildTrace.Step step = steps.get(k);
            number++;
            shown.append("Step ").append(number).append('/').append(trace.legacyTotal()).append(" : ")
                    .append(step.legacyText()).append('\n');
            boolean last = k == steps.size() - 1;
            String id = last && finalId != null ? finalId : step.legacyId();
            String closing = partial && last && !nowShown ? "" : " ---> " + id + "\n";
            if (step.kind() == BuildTrace.Kind.FROM) {
                shown.append(closing);
                continue;
            }
            if (step.legacyCached()) {
                shown.append(" ---> Using cache\n").append(closing);
                continue;
            }
            running(step, shown);
            if (step.error() != null) {
                break;
            }
            if (step.containerId() != null) {
                shown.append(" ---> Removed intermediate container ").append(step.containerId()).append('\n');
            }
            shown.append(closing);
        }
        if (partial) {
            if (nowShown) {
                shown.append("Step ").append(number + 1).append('/').append(trace.legacyTotal()).append(" : ")
                        .append(now.legacyText()).append('\n');
                running(now, shown);
            }
            return shown.toString();
        }
        if (failed != null) {
            return shown.toString();
        }
        if (!trace.unusedArgs().isEmpty()) {
            shown.append("[Warning] One or more build-args [").append(String.join(" ", trace.unusedArgs()))
                    .append("] were not consumed\n");
        }
        BuildTrace.Built built = (BuildTrace.Built) trace.outcome();
        shown.append("Successfully built ").append(built.image().shortId()).append('\n');
        for (String name : built.names()) {
            shown.append("Successfully tagged ").append(io.github.berth.engine.ImageRef.parse(name).familiarString())
                    .append('\n');
        }
        return shown.toString();
    }

    /** " ---> Running in" the step's container, then its output (moby's build stream marks stderr in red). */
    private static void running(BuildTrace.Step step, StringBuilder shown) {
        if (step.containerId() != null) {
            shown.append(" ---> Running in ").append(step.containerId()).append('\n');
        }
        for (BuildTrace.Chunk c : step.output()) {
            shown.append(c.stderr() ? "\u001b[91m" + c.text() + "\u001b[0m" : c.text());
        }
    }

    /** go-units HumanSize: four significant digits, decimal units ("2.048kB"). */
    static String goHumanSize(long size) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double v = size;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        String text = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
        return text + units[u];
    }
}
