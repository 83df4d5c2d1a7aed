package io.github.berth.console;

import io.github.berth.sandbox.SandboxFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code edit FILE} and {@code nano FILE}: the full-screen editor on a sandbox file, new or
 * existing, or on a container's file written {@code CONTAINER:PATH} as {@code docker cp} takes it. Without a full screen (plain mode, a dumb terminal) it says how to write a file
 * with the shell instead.
 */
final class EditCommand implements ReplCommand {
    private final String name;

    EditCommand(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return name.equals("nano") ? "the same editor as `edit`"
                : "write a file in a full-screen editor, e.g. `edit Dockerfile` or `edit web:/etc/motd`"
                        + " (^S saves, ^X leaves)";
    }

    public void run(Repl repl, String argument) {
        String path = argument.strip();
        if (path.isEmpty() || path.contains(" ")) {
            repl.println("Usage: " + name + " FILE   (one file, new or existing, e.g. `" + name + " Dockerfile`)");
            return;
        }
        if (!repl.hasFullScreen()) {
            withoutTerminal(repl, path);
            return;
        }
        SandboxFiles files = repl.tutor().sandbox().files();
        SandboxFiles.Opened opened = files.open(path);
        if (opened instanceof SandboxFiles.Refused refused) {
            // the daemon's words stand alone, as docker cp prints them; the editor's follow its name
            boolean daemon = refused.message().startsWith("Error response from daemon: ");
            repl.println(daemon ? refused.message() : name + ": " + refused.message());
            return;
        }
        SandboxFiles.Text file = (SandboxFiles.Text) opened;
        boolean[] saved = {false};
        try {
            repl.edit(path, file.text(), file.isNew(), text -> {
                Optional<String> error = repl.tutor().sandbox().files()
                        .write(file.absolute(), text.getBytes(StandardCharsets.UTF_8));
                if (error.isEmpty()) {
                    saved[0] = true;
                    repl.saved(path, text);
                }
                return error;
            });
        } catch (IOException | RuntimeException e) {
            repl.println("berth: the editor could not open (" + e.getMessage() + ").");
            withoutTerminal(repl, path);
            return;
        }
        if (saved[0]) {
            repl.show(repl.tutor().afterCommand());
        }
    }

    private void withoutTerminal(Repl repl, String path) {
        repl.println("The editor needs a terminal (it is off with --plain or NO_COLOR, and on a dumb terminal).");
        int colon = path.indexOf(':');
        if (colon > 0 && !path.startsWith("/") && !path.startsWith(".")) {
            String inside = path.substring(colon + 1);
            repl.println("To write " + inside + " in " + path.substring(0, colon) + " with its shell instead:");
            repl.println("    docker exec -it " + path.substring(0, colon) + " sh");
            repl.println("then, in the container:  printf 'hello\\n' > " + inside);
            return;
        }
        repl.println("To write " + path + " with the shell instead:");
        repl.println("    cat > " + path + " <<'EOF'");
        repl.println("    FROM alpine");
        repl.println("    EOF");
        repl.println("or:  printf 'FROM alpine\\n' > " + path);
    }
}
