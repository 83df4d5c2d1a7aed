package io.github.berth.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * The rows at the bottom of the terminal, below the prompt: a tip about the docker flag under the
 * cursor while one is there (dim), and the lesson's status bar (reverse video) while in a lesson.
 * The tip follows the cursor: the editing and moving widgets are wrapped to update it after each
 * key. JLine's {@link Status} reserves the rows with a scroll region; the rows are only redrawn
 * when their text changes.
 */
final class StatusArea {
    /** The widgets after which the cursor or the line may have changed. */
    private static final List<String> WIDGETS = List.of(LineReader.SELF_INSERT, LineReader.BACKWARD_DELETE_CHAR,
            LineReader.DELETE_CHAR, LineReader.FORWARD_CHAR, LineReader.BACKWARD_CHAR, LineReader.BEGINNING_OF_LINE,
            LineReader.END_OF_LINE, LineReader.FORWARD_WORD, LineReader.BACKWARD_WORD, LineReader.KILL_LINE,
            LineReader.KILL_WORD, LineReader.BACKWARD_KILL_WORD, LineReader.YANK,
            LineReader.COMPLETE_WORD, LineReader.EXPAND_OR_COMPLETE, LineReader.MENU_COMPLETE,
            LineReader.UP_LINE_OR_HISTORY, LineReader.DOWN_LINE_OR_HISTORY, LineReader.UP_HISTORY,
            LineReader.DOWN_HISTORY, LineReader.TRANSPOSE_CHARS, LineReader.BACKWARD_DELETE_WORD);

    private final Terminal terminal;
    private final Status status;
    private String lesson;
    private String tip;
    private List<AttributedString> shown = List.of();

    StatusArea(Terminal terminal, Status status) {
        this.terminal = terminal;
        this.status = status;
    }

    /** Wraps the reader's widgets so that the tip follows the cursor. */
    void followFlags(LineReader reader, Supplier<DockerSyntax> syntax) {
        for (String name : WIDGETS) {
            Widget original = reader.getWidgets().get(name);
            if (original == null) {
                continue;
            }
            reader.getWidgets().put(name, () -> {
                boolean done = original.apply();
                tip(FlagTips.tip(syntax.get(), reader.getBuffer().toString(), reader.getBuffer().cursor()));
                return done;
            });
        }
    }

    void lesson(Optional<String> text) {
        lesson = text.orElse(null);
        redraw();
    }

    void tip(Optional<String> text) {
        tip = text.orElse(null);
        redraw();
    }

    /**
     * Draws the rows again in full, after a command cleared the screen ({@code clear}): the terminal
     * no longer shows them, while JLine would only redraw what changed.
     */
    void repaint() {
        status.reset();
        shown = List.of();
        redraw();
    }

    /** Empties the area (when berth leaves). */
    void clear() {
        lesson = null;
        tip = null;
        redraw();
    }

    private void redraw() {
        // Status itself cuts a line that is too wide, ending it with "…", also after a resize
        List<AttributedString> lines = new ArrayList<>();
        if (tip != null) {
            lines.add(new AttributedString(" " + tip, AttributedStyle.DEFAULT.faint()));
        }
        if (lesson != null) {
            lines.add(new AttributedString(lesson, AttributedStyle.INVERSE));
        }
        if (!lines.equals(shown)) {
            shown = List.copyOf(lines);
            status.update(lines);
        }
    }
}
