package io.github.berth.engine;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Ids and generated names. With a seeded {@link Random} every id and name is reproducible.
 * Names follow Docker's namesgenerator: {@code adjective_surname}, never {@code boring_wozniak}
 * (moby v28.2.2 pkg/namesgenerator). The lists here are a subset of Docker's own.
 */
public final class IdSource {
    private static final List<String> ADJECTIVES = List.of(
            "admiring", "adoring", "affectionate", "agitated", "amazing", "angry", "awesome", "beautiful",
            "blissful", "bold", "boring", "brave", "busy", "charming", "clever", "compassionate", "competent",
            "condescending", "confident", "cool", "cranky", "crazy", "dazzling", "determined", "distracted",
            "dreamy", "eager", "ecstatic", "elastic", "elated", "elegant", "eloquent", "epic", "exciting",
            "fervent", "festive", "flamboyant", "focused", "friendly", "frosty", "funny", "gallant", "gifted",
            "goofy", "gracious", "great", "happy", "hardcore", "heuristic", "hopeful", "hungry", "infallible",
            "inspiring", "intelligent", "interesting", "jolly", "jovial", "keen", "kind", "laughing", "loving",
            "lucid", "magical", "modest", "musing", "mystifying", "naughty", "nervous", "nice", "nifty",
            "nostalgic", "objective", "optimistic", "peaceful", "pedantic", "pensive", "practical", "priceless",
            "quirky", "quizzical", "recursing", "relaxed", "reverent", "romantic", "sad", "serene", "sharp",
            "silly", "sleepy", "stoic", "strange", "stupefied", "suspicious", "sweet", "tender", "thirsty",
            "trusting", "unruffled", "upbeat", "vibrant", "vigilant", "vigorous", "wizardly", "wonderful",
            "xenodochial", "youthful", "zealous", "zen");
    private static final List<String> SURNAMES = List.of(
            "agnesi", "albattani", "allen", "almeida", "archimedes", "ardinghelli", "aryabhata", "austin",
            "babbage", "banach", "bardeen", "bartik", "bassi", "bell", "bhabha", "bhaskara", "black",
            "blackwell", "bohr", "booth", "borg", "bose", "boyd", "brahmagupta", "brattain", "brown", "carson",
            "chandrasekhar", "chatelet", "chaum", "clarke", "colden", "cori", "cray", "curie", "darwin",
            "davinci", "dijkstra", "dubinsky", "easley", "edison", "einstein", "elion", "engelbart", "euclid",
            "euler", "faraday", "feistel", "fermat", "fermi", "feynman", "franklin", "galileo", "gates",
            "goldberg", "goldstine", "goldwasser", "goodall", "hamilton", "hawking", "heisenberg", "hermann",
            "hodgkin", "hofstadter", "hopper", "hypatia", "jackson", "jang", "jennings", "johnson", "joliot",
            "kalam", "keller", "kepler", "khorana", "kilby", "knuth", "lalande", "lamarr", "leakey", "leavitt",
            "lovelace", "lumiere", "mayer", "mccarthy", "mcclintock", "meitner", "mendel", "mirzakhani",
            "montalcini", "moore", "morse", "napier", "nash", "newton", "nobel", "noether", "pascal", "pasteur",
            "payne", "perlman", "pike", "poincare", "ptolemy", "raman", "ride", "ritchie", "rosalind", "sammet",
            "shannon", "shockley", "sinoussi", "stonebraker", "swanson", "swartz", "tesla", "thompson",
            "torvalds", "turing", "varahamihira", "visvesvaraya", "volhard", "wescoff", "wiles", "williams",
            "wilson", "wing", "wozniak", "wright", "yalow", "yonath");

    private final Random random;

    public IdSource(Random random) {
        this.random = random;
    }

    /** 64 lowercase hex characters, like a container id. */
    /**
     * A 64-hex-digit id, drawn again while its 12-character short form is all digits (moby
     * pkg/stringid GenerateRandomID at v28.2.2: the short id is a container's default hostname).
     */
    public String hex64() {
        byte[] bytes = new byte[32];
        while (true) {
            random.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (!id.substring(0, 12).chars().allMatch(Character::isDigit)) {
                return id;
            }
        }
    }

    public String containerName() {
        while (true) {
            String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_"
                    + SURNAMES.get(random.nextInt(SURNAMES.size()));
            if (!name.equals("boring_wozniak")) { // Steve Wozniak is not boring
                return name;
            }
        }
    }
}
