package io.github.berth.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The picture {@code explain} draws: the Docker client (CLI), the daemon, the registry and the
 * container, with the parts a command involves drawn solid and joined by labelled arrows, and the
 * others dashed. Box-drawing characters on a terminal; plain ASCII (and a sentence saying which
 * parts take part) with {@code --plain} or on a dumb terminal. A pure function of the command.
 */
final class ExplainPicture {
    private ExplainPicture() {}

    /** Which parts a command involves, and what each arrow carries (null: that part is not involved). */
    record Path(String toDaemon, String toRegistry, String toContainer) {}

    /**
     * The path a command takes, by its words: {@code run} and {@code container run} alike, but
     * {@code image rm} or {@code network create} ask the daemon only.
     */
    static Path path(List<String> command) {
        String verb = command.get(command.size() - 1);
        String group = command.size() > 1 ? command.get(0) : "";
        boolean containers = group.isEmpty() || group.equals("container");
        boolean images = group.isEmpty() || group.equals("image") || group.equals("buildx") || group.equals("builder");
        if (!containers && !(images && (verb.equals("pull") || verb.equals("push") || verb.equals("build")))) {
            return new Path("request", null, null);
        }
        switch (verb) {
            case "run":
                return new Path("request", "pull if missing", "create + start");
            case "create":
                return new Path("request", "pull if missing", "create");
            case "pull":
                return new Path("request", "download layers", null);
            case "push":
                return new Path("request", "upload layers", null);
            case "build":
                return new Path("context sent", "FROM, if missing", null);
            case "exec": case "start": case "stop": case "restart": case "kill": case "pause": case "unpause":
            case "attach": case "logs": case "top": case "wait": case "stats": case "diff": case "port":
            case "rm": case "rename": case "update": case "commit": case "export": case "cp":
                return new Path("request", null, verbOnContainer(verb));
            default:
                return new Path("request", null, null);
        }
    }

    private static String verbOnContainer(String verb) {
        switch (verb) {
            case "exec":
                return "run a process";
            case "logs": case "attach":
                return "its output";
            case "rm":
                return "remove";
            default:
                return verb;
        }
    }

    private static final int DAEMON_X = 23;
    private static final int REGISTRY_X = 53;
    private static final int WIDTH = REGISTRY_X + 12;

    /** The picture's lines, trailing spaces removed. */
    static List<String> draw(Path path, boolean plain) {
        char[][] grid = new char[9][WIDTH];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        box(grid, 0, 0, "CLI", true, plain);
        box(grid, DAEMON_X, 0, "daemon", true, plain);
        box(grid, REGISTRY_X, 0, "registry", path.toRegistry() != null, plain);
        int daemonMiddle = DAEMON_X + 5;
        // an uninvolved container sits just under the daemon, with no arrow to it
        box(grid, daemonMiddle - 6, path.toContainer() != null ? 6 : 3, "container", path.toContainer() != null, plain);
        arrowRight(grid, 7, DAEMON_X, path.toDaemon(), plain);
        if (path.toRegistry() != null) {
            arrowRight(grid, DAEMON_X + 10, REGISTRY_X, path.toRegistry(), plain);
        }
        if (path.toContainer() != null) {
            char line = plain ? '|' : '│';
            put(grid, daemonMiddle, 2, plain ? "+" : "┬");
            grid[3][daemonMiddle] = line;
            grid[4][daemonMiddle] = line;
            grid[5][daemonMiddle] = plain ? 'v' : '▼';
            put(grid, daemonMiddle + 2, 4, path.toContainer());
        }
        List<String> out = new ArrayList<>();
        for (char[] row : grid) {
            out.add(new String(row).stripTrailing());
        }
        while (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        if (plain) {
            List<String> in = new ArrayList<>(List.of("CLI", "daemon"));
            List<String> notIn = new ArrayList<>();
            (path.toRegistry() != null ? in : notIn).add("registry");
            (path.toContainer() != null ? in : notIn).add("container");
            out.add("Taking part: " + String.join(", ", in)
                    + (notIn.isEmpty() ? "." : "; not taking part (dotted): " + String.join(", ", notIn) + "."));
        }
        return out;
    }

    /** A box three rows high around {@code label}: solid when involved, dashed (dotted in ASCII) when not. */
    private static void box(char[][] grid, int x, int y, String label, boolean involved, boolean plain) {
        int inner = label.length() + 2;
        String h;
        String[] corners;
        char side;
        if (plain) {
            h = (involved ? "-" : ".").repeat(inner);
            corners = involved ? new String[] {"+", "+", "+", "+"} : new String[] {".", ".", ".", "."};
            side = involved ? '|' : ':';
        } else {
            h = (involved ? "─" : "┄").repeat(inner);
            corners = new String[] {"┌", "┐", "└", "┘"};
            side = involved ? '│' : '┆';
        }
        put(grid, x, y, corners[0] + h + corners[1]);
        put(grid, x, y + 1, side + " " + label + " " + side);
        put(grid, x, y + 2, corners[2] + h + corners[3]);
    }

    /** An arrow along the boxes' middle row from column {@code from} up to the box at {@code to}, its label under it. */
    private static void arrowRight(char[][] grid, int from, int to, String label, boolean plain) {
        String shaft = (plain ? "-" : "─").repeat(to - from - 1);
        put(grid, from, 1, shaft + (plain ? ">" : "▶"));
        put(grid, from + (to - from - label.length()) / 2, 2, label);
    }

    private static void put(char[][] grid, int x, int y, String text) {
        for (int i = 0; i < text.length() && x + i < grid[y].length; i++) {
            grid[y][x + i] = text.charAt(i);
        }
    }
}
