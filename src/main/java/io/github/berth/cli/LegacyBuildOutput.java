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
        Output shown = quiet ? Output.of(t -> { }, t -> { }) : out;
        BuildTrace.Failed failed = trace.outcome() instanceof BuildTrace.Failed f ? f : null;
        if (failed != null && failed.beforeSteps() && failed.startLine() == 0) {
            out.errLine(failed.legacyMessage());
            return failed.legacyExit();
        }
        // the progress reader's last update ("%8v" of the size, then "\r"), then the client's newline
        shown.stdout("Sending build context to Docker daemon " + String.format("%8s", goHumanSize(trace.contextTarSize()))
                + "\r\r\n");
        if (failed != null && failed.beforeSteps()) {
            out.errLine("Error response from daemon: " + failed.legacyMessage());
            return failed.legacyExit();
        }
        List<BuildTrace.Step> steps = trace.steps().stream().filter(s -> s.legacyText() != null).toList();
        String finalId = trace.outcome() instanceof BuildTrace.Built b ? b.image().shortId() : null;
        int number = 0;
        for (int k = 0; k < steps.size(); k++) {
            BuildTrace.Step step = steps.get(k);
            number++;
            shown.stdout("Step " + number + "/" + trace.legacyTotal() + " : " + step.legacyText() + "\n");
            boolean last = k == steps.size() - 1;
            String id = last && finalId != null ? finalId : step.legacyId();
            if (step.kind() == BuildTrace.Kind.FROM) {
                shown.stdout(" ---> " + id + "\n");
                continue;
            }
            if (step.legacyCached()) {
                shown.stdout(" ---> Using cache\n ---> " + id + "\n");
                continue;
            }
            if (step.containerId() != null) {
                shown.stdout(" ---> Running in " + step.containerId() + "\n");
            }
            for (BuildTrace.Chunk c : step.output()) {
                // moby's build stream marks the container's stderr in red
                shown.stdout(c.stderr() ? "\u001b[91m" + c.text() + "\u001b[0m" : c.text());
            }
            if (step.error() != null) {
                break;
            }
            if (step.containerId() != null) {
                shown.stdout(" ---> Removed intermediate container " + step.containerId() + "\n");
            }
            shown.stdout(" ---> " + id + "\n");
        }
        if (failed != null) {
            out.errLine(failed.legacyMessage());
            return failed.legacyExit();
        }
        if (!trace.unusedArgs().isEmpty()) {
            shown.stdout("[Warning] One or more build-args [" + String.join(" ", trace.unusedArgs())
                    + "] were not consumed\n");
        }
        BuildTrace.Built built = (BuildTrace.Built) trace.outcome();
        if (quiet) {
            out.outLine(built.image().id());
            return 0;
        }
        shown.stdout("Successfully built " + built.image().shortId() + "\n");
        for (String name : built.names()) {
            shown.stdout("Successfully tagged " + io.github.berth.engine.ImageRef.parse(name).familiarString() + "\n");
        }
        return 0;
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
