package io.github.berth.engine.build;

import io.github.berth.engine.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Dockerfile split into build stages as BuildKit's instructions.Parse does: ARGs before the
 * first FROM are meta arguments, each FROM starts a stage; each instruction's argument count is
 * checked with BuildKit's messages (frontend/dockerfile/instructions/parse.go at v0.22.0).
 */
record Plan(List<Instruction> metaArgs, List<Stage> stages) {
    record Stage(int index, String name, Instruction from, List<Instruction> commands) {
        /** The name BuildKit shows in progress: the AS name, else "stage-N". */
        String label() {
            return name != null ? name : "stage-" + index;
        }
    }

    /** A Dockerfile that BuildKit rejects before building: its message and line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Instruction at;

        Invalid(String message, Instruction at) {
            super(message);
            this.at = at;
        }
    }

    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

    static Plan of(List<Instruction> instructions) throws Invalid {
        List<Instruction> meta = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        String name = null;
        List<Instruction> commands = new ArrayList<>();
        for (Instruction i : instructions) {
            check(i);
            if (i.command().equals("from")) {
                if (from != null) {
                    stages.add(new Stage(stages.size(), name, from, commands));
                }
                from = i;
                name = stageName(i);
                commands = new ArrayList<>();
            } else if (from == null) {
                if (!i.command().equals("arg")) {
                    throw new Invalid("no build stage in current context", i);
                }
                meta.add(i);
            } else {
                commands.add(i);
            }
        }
        if (from != null) {
            stages.add(new Stage(stages.size(), name, from, commands));
        }
        return new Plan(meta, stages);
    }

    private static String stageName(Instruction from) throws Invalid {
        List<String> words = from.words();
        if (words.size() == 3) {
            String name = words.get(2).toLowerCase(Locale.ROOT);
            if (!STAGE_NAME.matcher(name).matches()) {
                throw new Invalid("invalid name for build stage: \"" + words.get(2)
                        + "\", name can't start with a number or contain symbols", from);
            }
            return name;
        }
        return null;
    }

    /** parse.go's argument checks, in the words BuildKit uses. */
    private static void check(Instruction i) throws Invalid {
        String upper = i.keyword().toUpperCase(Locale.ROOT);
        int n = i.words().size();
        switch (i.command()) {
            case "from":
                if (n != 1 && !(n == 3 && i.words().get(1).equalsIgnoreCase("as"))) {
                    throw new Invalid("FROM requires either one or three arguments", i);
                }
                break;
            case "copy":
            case "add":
                if (n < 2 && i.heredocs().isEmpty() || n < 1) {
                    throw new Invalid(upper + " requires at least two arguments, but only one was provided."
                            + " Destination could not be determined", i);
                }
                break;
            case "workdir":
            case "user":
            case "stopsignal":
            case "maintainer":
                if (n != 1) {
                    throw new Invalid(upper + " requires exactly one argument", i);
                }
                break;
            case "env":
            case "label":
            case "expose":
            case "volume":
            case "arg":
            case "healthcheck":
            case "shell":
                if (n == 0) {
                    throw new Invalid(upper + " requires at least one argument", i);
                }
                if (i.command().equals("shell") && !i.json()) {
                    throw new Invalid("SHELL requires the arguments to be in JSON form", i);
                }
                break;
            case "onbuild":
                if (i.args().isEmpty()) {
                    throw new Invalid("ONBUILD requires at least one argument", i);
                }
                break;
            default:
                break;
        }
    }
}
