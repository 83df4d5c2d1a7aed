package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ids and names: moby v28.2.2 pkg/stringid (GenerateRandomID) and pkg/namesgenerator (GetRandomName). */
class IdSourceTest {
    /** A Random whose nextInt answers come from a script. */
    private static final class Scripted extends Random {
        private final Deque<Integer> ints = new ArrayDeque<>();
        private final Deque<Byte> fills = new ArrayDeque<>();

        Scripted answers(Integer... values) {
            ints.addAll(Arrays.asList(values));
            return this;
        }

        Scripted fills(int... bytes) {
            for (int b : bytes) {
                fills.add((byte) b);
            }
            return this;
        }

        @Override
        public int nextInt(int bound) {
            return ints.isEmpty() ? 0 : ints.removeFirst();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, fills.isEmpty() ? (byte) 0xab : fills.removeFirst());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(String field) throws ReflectiveOperationException {
        Field f = IdSource.class.getDeclaredField(field);
        f.setAccessible(true);
        return (List<String>) f.get(null);
    }

    @Test
    void hex64IsSixtyFourLowercaseHexDigits() {
        IdSource ids = new IdSource(new Random(5));
        String a = ids.hex64();
        String b = ids.hex64();
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertNotEquals(a, b);
        assertEquals("cd".repeat(32), new IdSource(new Scripted().fills(0xcd)).hex64());
    }

    /** GenerateRandomID: "make sure that the truncated ID does not consist of only numeric characters". */
    @Test
    void shortIdIsNeverAllDigits() {
        assertEquals("ab".repeat(32), new IdSource(new Scripted().fills(0x12, 0xab)).hex64());
    }

    @Test
    void nameIsAdjectiveUnderscoreSurname() throws ReflectiveOperationException {
        List<String> adjectives = list("ADJECTIVES");
        List<String> surnames = list("SURNAMES");
        assertEquals(108, adjectives.size()); // the whole left list of names-generator.go
        assertEquals("admiring", adjectives.get(0));
        assertEquals("zen", adjectives.get(adjectives.size() - 1));
        assertEquals("agnesi", surnames.get(0));
        IdSource ids = new IdSource(new Scripted().answers(2, 3));
        assertEquals(adjectives.get(2) + "_" + surnames.get(3), ids.containerName());
    }

    @Test
    void boringWozniakIsNeverChosen() throws ReflectiveOperationException {
        int boring = list("ADJECTIVES").indexOf("boring");
        int wozniak = list("SURNAMES").indexOf("wozniak");
        assertTrue(boring >= 0 && wozniak >= 0);
        IdSource ids = new IdSource(new Scripted().answers(boring, wozniak, boring, 0));
        assertEquals("boring_agnesi", ids.containerName());
    }
}
