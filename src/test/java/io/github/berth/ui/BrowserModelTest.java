package io.github.berth.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.ui.BrowserModel.LessonRow;
import io.github.berth.ui.BrowserModel.ModuleRow;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the browser selects and lists, without drawing. */
class BrowserModelTest {
    private static Optional<String> selected(BrowserModel model) {
        return model.selected().map(Lesson::id);
    }

    @Test
    void aNewLearnerStartsOnTheFirstLesson() throws Exception {
        BrowserModel model = new BrowserModel(LessonBrowserTest.catalog(), new Progress());
        assertEquals(Optional.of("first-container"), selected(model));
        assertEquals(0, model.doneCount());
        assertEquals(4, model.lessonCount());
    }

    @Test
    void withNoCurrentLessonTheFirstNotDoneIsSelected() throws Exception {
        Progress progress = LessonBrowserTest.progress();
        progress.currentLesson = null;
        assertEquals(Optional.of("listing-containers"), selected(new BrowserModel(LessonBrowserTest.catalog(), progress)));
    }

    @Test
    void aCurrentLessonThatNoLongerExistsIsIgnored() throws Exception {
        Progress progress = new Progress();
        progress.currentLesson = "removed-lesson";
        assertEquals(Optional.of("first-container"), selected(new BrowserModel(LessonBrowserTest.catalog(), progress)));
    }

    @Test
    void whenEverythingIsDoneTheFirstLessonIsSelected() throws Exception {
        Catalog catalog = LessonBrowserTest.catalog();
        Progress progress = new Progress();
        for (Lesson lesson : catalog.lessons()) {
            progress.lesson(lesson.id()).startedAt = Instant.EPOCH;
            progress.lesson(lesson.id()).completedAt = Instant.EPOCH;
        }
        BrowserModel model = new BrowserModel(catalog, progress);
        assertEquals(Optional.of("first-container"), selected(model));
        assertEquals(4, model.doneCount());
    }

    @Test
    void moduleRowsCountTheWholeModuleWhateverTheSearch() throws Exception {
        BrowserModel model = new BrowserModel(LessonBrowserTest.catalog(), LessonBrowserTest.progress());
        model.setQuery("logs");
        assertEquals(2, model.rows().size());
        ModuleRow module = (ModuleRow) model.rows().get(0);
        assertEquals(1, module.done());
        assertEquals(3, module.total());
        assertEquals("new", ((LessonRow) model.rows().get(1)).state());
        assertEquals(Optional.of("container-logs"), selected(model));
    }

    @Test
    void aSearchThatMatchesNothingKeepsNoSelection() throws Exception {
        BrowserModel model = new BrowserModel(LessonBrowserTest.catalog(), LessonBrowserTest.progress());
        model.setQuery("zzz");
        assertEquals(0, model.rows().size());
        assertEquals(-1, model.selectedRow());
        assertEquals(Optional.empty(), model.selected());
        model.move(1);
        assertEquals(Optional.empty(), model.selected());
        model.setQuery("");
        assertEquals(Optional.of("listing-containers"), selected(model), "the selection comes back");
    }

    @Test
    void theBarIsFilledInProportionAndTheLineKeepsItsWidth() {
        String line = LessonListView.moduleLine(new ModuleRow(new io.github.berth.tutor.lesson.Module("m",
                "A module with a rather long title that will not fit", java.util.List.of()), 1, 4), 50);
        assertEquals(" A module with a rather lo… ███░░░░░░░ 1 of 4 done", line);
        assertEquals(50, line.length());
    }
}
