package io.github.berth.console;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.transcript.TranscriptRecorder;
import io.github.berth.tutor.text.Markdown;
import io.github.berth.tutor.text.StyledText;
import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;
import org.jline.widget.AutosuggestionWidgets;
import java.util.function.Supplier;

/**
 * The prompt a learner types at. Each line goes to the sandbox's shell (docker included) or, when
 * its first word is one of berth's own commands, to that command; after each command the tutor
 * checks the current step. Ctrl-C clears the line, Ctrl-D or {@code quit} leaves.
 */
public final class Repl {
    private static final int MAX_TEXT_WIDTH = 100;

    private final Terminal terminal;
    private final LineReader reader;
    private final Tutor tutor;
    private final Theme theme;
    private final Markdown markdown = new Markdown();
    private final Map<String, ReplCommand> commands = new LinkedHashMap<>();
    private final PrintWriter out;
    private final Status status;
    private final StatusArea statusArea;
    private static final String CLEAR_SCREEN = "\033[2J";
    /** Whether the command running now has cleared the screen. */
    private boolean screenCleared;
    private final FullScreen fullScreen;
    private final HoldPrompt holdPrompt;
    private Recording recording;
    private boolean running = true;

    /**
     * @param historyFile where typed lines are kept between sessions, or null for none
     * @param plain       no colours or styles (also chosen by {@code NO_COLOR} or a dumb terminal)
     */
    public Repl(Terminal terminal, Tutor tutor, Path historyFile, boolean plain) {
        this(terminal, tutor, historyFile, plain, null);
    }

    /**
     * @param fullScreen the full-screen views (the lesson browser), or null to list lessons as text,
     *                   as on a dumb terminal or with {@code --plain}
     */
    public Repl(Terminal terminal, Tutor tutor, Path historyFile, boolean plain, FullScreen fullScreen) {
        this.terminal = terminal;
        this.fullScreen = fullScreen;
        this.tutor = tutor;
        this.theme = new Theme(plain);
        this.out = terminal.writer();
        this.holdPrompt = new HoldPrompt(terminal);
        DefaultParser parser = new DefaultParser();
        // the shell decides when input is complete, so JLine never asks for more by itself
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEscapeChars(null);
        ReplCommands.all().forEach(c -> commands.put(c.name(), c));
        Map<String, String> tutorCommands = new LinkedHashMap<>();
        commands.values().forEach(c -> tutorCommands.put(c.name(), c.summary()));
        Supplier<DockerSyntax> syntax = () -> new DockerSyntax(tutor.sandbox().dockerCommands());
        Map<String, Object> variables = new java.util.HashMap<>();
        if (historyFile != null) {
            variables.put(LineReader.HISTORY_FILE, historyFile);
        }
        // JLine's reader, with Ctrl-C as a key and the prompt kept off the status rows on a resize
        BerthLineReader reader = new BerthLineReader(terminal, "berth", variables,
                this::statusRows);
        reader.setParser(parser);
        reader.setCompleter(new DockerCompleter(syntax, () -> tutor.sandbox().engine(), tutorCommands,
                typed -> tutor.sandbox().files().complete(typed)));
        reader.setHighlighter(new CommandHighlighter(syntax, tutorCommands.keySet(), theme));
        reader.option(LineReader.Option.GROUP, true);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.AUTO_FRESH_LINE, true);
        reader.option(LineReader.Option.CASE_INSENSITIVE, false);
        this.reader = reader;
        if (!plain) {
            // fish-style: the rest of the latest matching history line in grey; Right or End takes it
            new AutosuggestionWidgets(reader).enable();
        }
        this.status = plain ? null : Status.getStatus(terminal);
        this.statusArea = status == null ? null : new StatusArea(terminal, status);
        if (statusArea != null) {
            statusArea.followFlags(reader, syntax);
        }
    }

    Tutor tutor() {
        return tutor;
    }

    /** Writes this session as a transcript ({@code berth record}) from now on. */
    public void record(TranscriptRecorder recorder) {
        recording = new Recording(recorder, this::println);
    }

    /** A file the editor saved, for the transcript when recording. */
    void saved(String path, String text) {
        if (recording != null) {
            recording.saved(path, text);
        }
    }

    /** The rows the status area takes now. */
    private int statusRows() {
        return status == null ? 0 : status.size();
    }

    List<ReplCommand> commands() {
        return List.copyOf(commands.values());
    }

    void stop() {
        running = false;
    }

    /** Shows some feedback (lesson text, hints) and then runs the prompt until the learner leaves. */
    public void run(Tutor.Feedback opening) {
        show(opening);
        while (running) {
            updateStatus();
            String input = readInput();
            if (input == null) {
                if (tutor.sandbox().leaveContainerShell()) {
                    println("exit");
                    continue;
                }
                break;
            }
            String trimmed = input.strip();
            String word = trimmed.split("\\s+", 2)[0];
            ReplCommand command = tutor.sandbox().inContainerShell() ? null : commands.get(word);
            if (command != null) {
                Optional<String> refused = recording == null ? Optional.empty() : recording.refusal(word);
                if (refused.isPresent()) {
                    println(refused.get());
                    continue;
                }
                command.run(this, trimmed.substring(word.length()));
                if (recording != null && word.equals("next")) {
                    recording.tutorTook(trimmed);
                }
                continue;
            }
            Optional<Tutor.Feedback> answered = tutor.answer(trimmed);
            if (answered.isPresent()) {
                if (recording != null) {
                    recording.tutorTook(trimmed);
                }
                show(answered.get());
                continue;
            }
            tutor.sandbox().foreground(holdPrompt);
            Sandbox.Result result = tutor.sandbox().run(input,
                    recording == null ? terminalOutput() : recording.copying(terminalOutput()));
            holdPrompt.endLine(out);
            out.flush();
            if (recording != null) {
                recording.shellRan(input);
            }
            if (result.exitRequested()) {
                break;
            }
            if (screenCleared && statusArea != null) {
                statusArea.repaint();
            }
            screenCleared = false;
            show(tutor.afterCommand());
        }
        if (statusArea != null) {
            statusArea.clear();
        }
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            println("berth: could not save the command history: " + e.getMessage());
        }
        out.flush();
    }

    /** The lesson, task and hints on the bottom line; hidden outside lessons and in plain mode. */
    private void updateStatus() {
        if (statusArea == null) {
            return;
        }
        statusArea.tip(Optional.empty());
        statusArea.lesson(StatusLine.text(tutor));
    }

    /** One complete input: more lines are read while the shell says it is unfinished. Null at end of input. */
    private String readInput() {
        StringBuilder input = new StringBuilder();
        while (true) {
            String prompt = input.length() == 0 ? tutor.sandbox().prompt() : "> ";
            try {
                String line = reader.readLine(prompt);
                input.append(line);
                if (!tutor.sandbox().needsMoreInput(input.toString())) {
                    return input.toString();
                }
                input.append('\n');
            } catch (UserInterruptException e) {
                input.setLength(0); // Ctrl-C: drop the line and prompt again
            } catch (EndOfFileException | IOError e) {
                out.println();
                return null;
            }
        }
    }

    /** Whether the console is plain: no colours, no cursor tricks, ASCII pictures. */
    boolean plain() {
        return theme.plain();
    }

    boolean hasFullScreen() {
        return fullScreen != null;
    }

    /**
     * Hands the terminal to the lesson browser and takes it back. Only ever called from a command,
     * so between two readLine calls; the status bar steps aside while the browser has the screen.
     */
    Optional<String> browseLessons() throws IOException {
        if (status != null) {
            status.suspend();
        }
        out.flush();
        terminal.flush();
        try {
            return fullScreen.browseLessons(tutor.catalog(), tutor.progress());
        } finally {
            if (status != null) {
                status.restore();
            }
        }
    }

    /** Hands the terminal to the editor on one file and takes it back, as {@link #browseLessons} does. */
    void edit(String name, String text, boolean isNew, java.util.function.Function<String, Optional<String>> save)
            throws IOException {
        if (status != null) {
            status.suspend();
        }
        out.flush();
        terminal.flush();
        try {
            fullScreen.edit(name, text, isNew, save);
        } finally {
            if (status != null) {
                status.restore();
            }
        }
    }

    /** Asks a yes/no question; anything but y or yes is no. */
    boolean confirm(String question) {
        try {
            String answer = reader.readLine(question).strip().toLowerCase(java.util.Locale.ROOT);
            return answer.equals("y") || answer.equals("yes");
        } catch (UserInterruptException | EndOfFileException e) {
            out.println();
            return false;
        }
    }

    /**
     * Both streams go to the terminal, in the order written, as in a real shell; output that clears the
     * screen (ESC [2J, as {@code clear} writes) is noted so that the status rows are drawn again.
     */
    private Output terminalOutput() {
        java.util.function.Consumer<String> print = text -> {
            screenCleared |= text.contains(CLEAR_SCREEN);
            out.print(text);
        };
        return Output.of(holdPrompt.watching(print), holdPrompt.watching(print));
    }

    void show(Tutor.Feedback feedback) {
        if (feedback.isEmpty()) {
            return;
        }
        int width = Math.min(MAX_TEXT_WIDTH, width());
        out.println();
        for (Tutor.Feedback.Item item : feedback.items()) {
            StyledText text = item.markdown() != null
                    ? markdown.render(item.markdown(), width)
                    : StyledText.wrapped(item.line(), item.style(), width());
            for (List<StyledText.Span> line : text.lines()) {
                out.println(theme.line(line).toAnsi(terminal));
            }
            if (item.markdown() != null) {
                out.println();
            }
        }
        out.flush();
    }

    /** The terminal's width in columns (80 when it does not say). */
    int width() {
        return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    }

    void println(String text) {
        out.println(new AttributedString(text).toAnsi(terminal));
        out.flush();
    }

    /** A line wrapped at words to the window, its continuation lines starting with {@code continuation}. */
    void println(String text, String continuation) {
        StyledText.wrapped(text, io.github.berth.tutor.text.Style.PLAIN, width(), continuation).lines()
                .forEach(line -> println(line.stream().map(StyledText.Span::text).collect(java.util.stream.Collectors.joining())));
    }

    void print(String text) {
        out.print(text);
        out.flush();
    }
}
