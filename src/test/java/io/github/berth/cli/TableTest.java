package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker/cli v28.2.2 cli/command/formatter/formatter.go: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0),
 * so each cell but a row's last is padded to max(10, widest + 3); displayutils.go Ellipsis.
 */
class TableTest {
    @Test
    void shortColumnsGetTheMinimumWidthOfTen() {
        assertEquals("a         b         c\n", new Table().row(List.of("a", "b", "c")).render());
    }

    @Test
    void widestCellPlusThree() {
        String out = new Table()
                .row(List.of("NAME", "X", "LAST"))
                .row(List.of("a-much-longer-cell", "", "z"))
                .render();
        // 18 + 3 = 21; the empty middle cell still takes the minimum 10
        assertEquals("NAME" + " ".repeat(17) + "X         LAST\n"
                + "a-much-longer-cell" + " ".repeat(3 + 10) + "z\n", out);
    }

    @Test
    void exactlySevenCharactersReachTheMinimum() {
        // 7 + 3 = 10, 8 + 3 = 11
        assertEquals("1234567   x\n", new Table().row(List.of("1234567", "x")).render());
        assertEquals("12345678   x\n", new Table().row(List.of("12345678", "x")).render());
    }

    @Test
    void lastColumnIsNeverPadded() {
        assertEquals("a         short\nb         a-very-long-last-cell\n",
                new Table().row(List.of("a", "short")).row(List.of("b", "a-very-long-last-cell")).render());
    }

    @Test
    void emptyCellIsPaddedToTheColumn() {
        assertEquals("PORTS     NAMES\n          x\n",
                new Table().row(List.of("PORTS", "NAMES")).row(List.of("", "x")).render());
    }

    @Test
    void ellipsisCountsAsOneColumn() {
        String cut = Table.ellipsis("docker-entrypoint.sh nginx -g 'daemon off;'", 20);
        assertEquals("docker-entrypoint.s…", cut);
        assertEquals("\"docker-entrypoint.s…\"   x\n", new Table().row(List.of("\"" + cut + "\"", "x")).render());
    }

    @Test
    void ellipsisLeavesTwentyCharactersAlone() {
        assertEquals("12345678901234567890", Table.ellipsis("12345678901234567890", 20));
        assertEquals("1234567890123456789…", Table.ellipsis("123456789012345678901", 20));
        assertEquals("", Table.ellipsis("", 20));
    }

    @Test
    void noRowsNoOutput() {
        assertEquals("", new Table().render());
    }
}
