package io.github.berth.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.progress.Progress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lesson browser over Lanterna's virtual terminal: golden screens, keys, search and the result. */
class LessonBrowserTest {
    private DefaultVirtualTerminal vt;
    private TerminalScreen screen;
    private MultiWindowTextGUI gui;
    private LessonBrowser browser;

    static Catalog catalog() throws Exception {
        Map<String, String> files = Map.of(
                "course.yaml", "schemaVersion: 1\nmodules:\n  - basics\n  - images\n",
                "basics/module.yaml", "id: basics\ntitle: First steps with Docker\nlessons:\n"
                        + "  - first.yaml\n  - ps.yaml\n  - logs.yaml\n",
                "images/module.yaml", "id: images\ntitle: Images and layers\nlessons:\n  - build.yaml\n",
                "basics/first.yaml", lesson("first-container", "Your first container",
                        "Run the hello-world image and see what Docker did to make it happen."),
                "basics/ps.yaml", lesson("listing-containers", "Listing containers",
                        "docker ps shows running containers; -a shows the stopped ones too."),
                "basics/logs.yaml", lesson("container-logs", "Reading a container's logs", ""),
                "images/build.yaml", lesson("first-build", "Building an image",
                        "Write a Dockerfile and build it with docker build -t NAME ."));
        return Catalog.load(relative -> {
            String text = files.get(relative);
            if (text == null) {
                throw new NoSuchFileException(relative);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static String lesson(String id, String title, String summary) {
        return "schemaVersion: 1\nid: " + id + "\ntitle: " + title + "\n"
                + (summary.isEmpty() ? "" : "summary: " + summary + "\n")
                + "steps:\n  - id: read\n    type: text\n    body: Read this.\n";
    }

    /** first-container done, listing-containers in progress (the current lesson), the rest new. */
    static Progress progress() {
        Progress progress = new Progress();
        progress.lesson("first-container").startedAt = Instant.parse("2026-01-01T10:00:00Z");
        progress.lesson("first-container").completedAt = Instant.parse("2026-01-01T10:05:00Z");
        progress.lesson("listing-containers").startedAt = Instant.parse("2026-01-01T10:06:00Z");
        progress.currentLesson = "listing-containers";
        return progress;
    }

    @BeforeEach
    void open() throws Exception {
        vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        screen = new TerminalScreen(vt);
        screen.startScreen();
        gui = new MultiWindowTextGUI(screen);
        browser = new LessonBrowser(catalog(), progress());
        browser.open(gui);
        gui.updateScreen();
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
    }

    private void press(KeyStroke... keys) throws Exception {
        for (KeyStroke key : keys) {
            vt.addInput(key);
        }
        while (gui.processInput()) {
            // drain on this thread, as the GUI thread would
        }
        gui.updateScreen();
    }

    private void type(String text) throws Exception {
        press(text.chars().mapToObj(c -> new KeyStroke((char) c, false, false)).toArray(KeyStroke[]::new));
    }

    private String screenText() {
        return Arrays.stream(vt.toString().split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n"))
                .stripTrailing();
    }

    /** The rows between the list's borders, without the borders. */
    private String listText() {
        String[] lines = screenText().split("\n");
        StringBuilder sb = new StringBuilder();
        for (int y = 2; y < lines.length && !lines[y].startsWith("└"); y++) {
            String line = lines[y].substring(1, lines[y].length() - 1).stripTrailing();
            if (!line.isEmpty()) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The text inside the "About this lesson" box. */
    private String about() {
        String[] lines = screenText().split("\n");
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("┌─About")) {
                in = true;
            } else if (in && line.startsWith("└")) {
                break;
            } else if (in) {
                String text = line.substring(1, line.length() - 1).strip();
                if (!text.isEmpty()) {
                    sb.append(text).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void firstScreenShowsModulesLessonsStatesAndTheCurrentLessonsSummary() {
        assertEquals("""
                 berth · lessons · 1 of 4 done
                ┌─Modules and lessons──────────────────────────────────────────────────────────┐
                │ First steps with Docker                               ███░░░░░░░ 1 of 3 done │
                │   ✓ Your first container                                         done        │
                │   … Listing containers                                           in progress │
                │     Reading a container's logs                                   new         │
                │ Images and layers                                     ░░░░░░░░░░ 0 of 1 done │
                │     Building an image                                            new         │
                │                                                                              │
                │                                                                              │
                │                                                                              │
                │                                                                              │
                │                                                                              │
                │                                                                              │
                │                                                                              │
                └──────────────────────────────────────────────────────────────────────────────┘
                ┌─About this lesson────────────────────────────────────────────────────────────┐
                │ Listing containers · in progress · 1 step, 0 tasks · id listing-containers   │
                │ docker ps shows running containers; -a shows the stopped ones too.           │
                │                                                                              │
                │                                                                              │
                └──────────────────────────────────────────────────────────────────────────────┘
                 Search: (type part of a lesson's name)
                 ↑↓ move · Enter open · type to search · Esc or q: back""", screenText());
        assertFalse(browser.isClosed());
    }

    @Test
    void theSelectedLessonIsInReverseVideoAndHeadingsAreBold() {
        TextCharacter selected = vt.getCharacter(new TerminalPosition(6, 4)); // "Listing containers"
        TextCharacter other = vt.getCharacter(new TerminalPosition(6, 3)); // "Your first container"
        TextCharacter heading = vt.getCharacter(new TerminalPosition(2, 2)); // "First steps with Docker"
        assertEquals('L', selected.getCharacterString().charAt(0));
        assertTrue(selected.isReversed(), "the selection is in reverse video");
        assertFalse(other.isReversed());
        assertTrue(heading.isBold() && !heading.isReversed(), "a module heading is bold, not selected");
        assertEquals(TextColor.ANSI.DEFAULT, other.getForegroundColor(), "the terminal's own colours");
        assertEquals(TextColor.ANSI.DEFAULT, other.getBackgroundColor());
    }

    @Test
    void arrowsMoveBetweenLessonsAndSkipModuleHeadings() throws Exception {
        press(new KeyStroke(KeyType.ArrowDown));
        assertEquals("Reading a container's logs · new · 1 step, 0 tasks · id container-logs\n", about());
        press(new KeyStroke(KeyType.ArrowDown));
        assertTrue(about().startsWith("Building an image · new"), about());
        press(new KeyStroke(KeyType.ArrowDown));
        assertTrue(about().startsWith("Building an image · new"), "stays on the last lesson: " + about());
        press(new KeyStroke(KeyType.Home));
        assertEquals("""
                Your first container · done · 1 step, 0 tasks · id first-container
                Run the hello-world image and see what Docker did to make it happen.
                """, about());
        press(new KeyStroke(KeyType.ArrowUp));
        assertTrue(about().startsWith("Your first container · done"), "stays on the first lesson: " + about());
        press(new KeyStroke(KeyType.End), new KeyStroke(KeyType.ArrowUp));
        assertTrue(about().startsWith("Reading a container's logs"), about());
    }

    @Test
    void typingFiltersTheLessonsByName() throws Exception {
        type("CONT");
        assertEquals("""
                 First steps with Docker                               ███░░░░░░░ 1 of 3 done
                   ✓ Your first container                                         done
                   … Listing containers                                           in progress
                     Reading a container's logs                                   new
                """, listText());
        assertTrue(screenText().contains(" Search: CONT▏  (Backspace erases, Ctrl-U clears)"), screenText());
        assertTrue(about().startsWith("Listing containers"), "the selection stays when it still matches");

        press(new KeyStroke('u', true, false));
        type("build");
        assertEquals("""
                 Images and layers                                     ░░░░░░░░░░ 0 of 1 done
                     Building an image                                            new
                """, listText());
        assertTrue(about().startsWith("Building an image"), "the first match is selected: " + about());

        press(new KeyStroke(KeyType.Backspace), new KeyStroke(KeyType.Backspace), new KeyStroke(KeyType.Backspace),
                new KeyStroke(KeyType.Backspace), new KeyStroke(KeyType.Backspace));
        assertEquals(6, listText().split("\n").length, "an empty search shows everything again:\n" + listText());
        assertTrue(screenText().contains(" Search: (type part of a lesson's name)"), screenText());
    }

    @Test
    void theIdMatchesToo() throws Exception {
        type("logs");
        assertEquals("""
                 First steps with Docker                               ███░░░░░░░ 1 of 3 done
                     Reading a container's logs                                   new
                """, listText());
    }

    @Test
    void aSearchWithNoMatchSaysSoAndEnterDoesNothing() throws Exception {
        type("kubernetes");
        assertEquals(" No lesson matches \"kubernetes\". Backspace to change the search.\n", listText());
        assertEquals("", about());
        press(new KeyStroke(KeyType.Enter));
        assertFalse(browser.isClosed());
        assertEquals(1, gui.getWindows().size());
    }

    @Test
    void enterReturnsTheSelectedLessonsIdAndClosesTheWindow() throws Exception {
        press(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.Enter));
        assertTrue(browser.isClosed());
        assertEquals(Optional.of("container-logs"), browser.chosen());
        assertTrue(gui.getWindows().isEmpty());
    }

    @Test
    void enterAfterASearchOpensTheMatch() throws Exception {
        type("build");
        press(new KeyStroke(KeyType.Enter));
        assertEquals(Optional.of("first-build"), browser.chosen());
    }

    @Test
    void escGoesBackWithoutALesson() throws Exception {
        press(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.Escape));
        assertTrue(browser.isClosed());
        assertEquals(Optional.empty(), browser.chosen());
        assertTrue(gui.getWindows().isEmpty());
    }

    @Test
    void escGoesBackEvenDuringASearch() throws Exception {
        type("list");
        press(new KeyStroke(KeyType.Escape));
        assertTrue(browser.isClosed());
        assertEquals(Optional.empty(), browser.chosen());
    }

    @Test
    void qGoesBackWhenTheSearchIsEmpty() throws Exception {
        type("q");
        assertTrue(browser.isClosed());
        assertEquals(Optional.empty(), browser.chosen());
    }

    @Test
    void qIsPartOfASearchOnceOneHasStarted() throws Exception {
        type("aq");
        assertFalse(browser.isClosed());
        assertTrue(screenText().contains(" Search: aq▏"), screenText());
    }

    @Test
    void ctrlCGoesBack() throws Exception {
        press(new KeyStroke('c', true, false));
        assertTrue(browser.isClosed());
        assertEquals(Optional.empty(), browser.chosen());
    }

    @Test
    void showWaitsUntilTheLearnerChooses() throws Exception {
        DefaultVirtualTerminal other = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen otherScreen = new TerminalScreen(other);
        otherScreen.startScreen();
        try {
            other.addInput(new KeyStroke(KeyType.ArrowUp));
            other.addInput(new KeyStroke(KeyType.Enter));
            Optional<String> chosen = new LessonBrowser(catalog(), progress()).show(new MultiWindowTextGUI(otherScreen));
            assertEquals(Optional.of("first-container"), chosen);
        } finally {
            otherScreen.stopScreen();
        }
    }

    @Test
    void aShortTerminalScrollsTheListAndMarksWhatIsHidden() throws Exception {
        vt.setTerminalSize(new TerminalSize(60, 14));
        screen.doResizeIfNecessary();
        press(new KeyStroke(KeyType.End));
        assertEquals("""
                 berth · lessons · 1 of 4 done
                ┌─Modules and lessons──────────────────────────────────────┐
                │     Reading a container's logs               new        ↑│
                │ Images and layers                 ░░░░░░░░░░ 0 of 1 done │
                │     Building an image                        new         │
                └──────────────────────────────────────────────────────────┘
                ┌─About this lesson────────────────────────────────────────┐
                │ Building an image · new · 1 step, 0 tasks · id           │
                │ first-build                                              │
                │ Write a Dockerfile and build it with docker build -t     │
                │ NAME .                                                   │
                └──────────────────────────────────────────────────────────┘
                 Search: (type part of a lesson's name)
                 ↑↓ move · Enter open · type to search · Esc or q: back""", screenText());
        press(new KeyStroke(KeyType.Home));
        assertTrue(listText().startsWith(" First steps with Docker"), listText());
        assertTrue(listText().contains("↓"), listText());
    }


    @Test
    void aLessonsQuestionsAreCountedBesideItsTasks() throws Exception {
        close();
        vt = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        screen = new TerminalScreen(vt);
        screen.startScreen();
        gui = new MultiWindowTextGUI(screen);
        browser = new LessonBrowser(Catalog.load(io.github.berth.tutor.lesson.LessonSource.builtIn()), new Progress());
        browser.open(gui);
        gui.updateScreen();
        assertTrue(about().startsWith("Virtual machines and containers · new · 3 steps, 0 tasks, 3 questions ·"),
                about());
    }
}
