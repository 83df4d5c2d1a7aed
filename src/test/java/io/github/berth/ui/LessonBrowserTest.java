package io.github.berth.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
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

    @Test
    void print() {
        System.out.println(screenText());
    }
}
