package io.github.berth.engine.build;

import io.github.berth.engine.Image;
import io.github.berth.engine.dockerfile.Heredoc;
import io.github.berth.engine.dockerfile.Instruction;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * COPY and ADD: sources from the build context (after .dockerignore), another stage or an
 * image ({@code --from}); a directory's content is copied, not the directory; the destination
 * is a directory when it ends in "/" or there are several sources. ADD extracts a local tar
 * archive and fails on a URL, the sandbox being offline. The cache key holds a checksum of the
 * copied files' names, modes and content, never their times.
 */
final class CopyStep {
    private final Stages stages;
    private final StageState st;

    /** One source: its name as given (cleaned) and what it names. */
    private record Source(String name, Node node) {}

    CopyStep(Stages stages, StageState st) {
        this.stages = stages;
        this.st = st;
    }

    void run(Instruction i, boolean onBuild, boolean add) throws Builder.StepFailure {
        Map<String, String> env = st.expansionEnv();
        List<String> words = new ArrayList<>();
        for (String w : i.words()) {
            words.add(Builder.expand(stages.lex, w, env));
        }
        String from = Flags.value(i.flags(), "from");
        String chmod = Flags.value(i.flags(), "chmod");
        String chown = Flags.value(i.flags(), "chown");
        String vertex = Steps.prefix(st, onBuild) + Steps.uppercaseCmd(Builder.expand(stages.lex, i.original(), env));
        String destWord = words.get(words.size() - 1);
        List<String> sourceWords = words.subList(0, words.size() - 1);
        List<Source> sources = new ArrayList<>();
        Map<String, Node> heredocs = new TreeMap<>();
        for (Heredoc doc : i.heredocs()) {
            heredocs.put(doc.name(), new Node.File((doc.chomp() ? doc.chompedContent() : doc.content())
                    .getBytes(StandardCharsets.UTF_8), 0644, null));
        }
        boolean usesContext = from == null && heredocs.isEmpty();
        if (usesContext && stages.firstContextUse()) {
            stages.trace.add(new BuildTrace.Step("[internal] load build context", null,
                    BuildTrace.Kind.FILES, false, false, List.of(), null, null, null, true));
        }
        for (String word : sourceWords) {
            if (word.startsWith("<<") && heredocs.containsKey(word.replaceAll("^<<-?[\"']?|[\"']$", ""))) {
                String name = word.replaceAll("^<<-?[\"']?|[\"']$", "");
                sources.add(new Source(name, heredocs.get(name)));
                continue;
            }
            if (add && (word.startsWith("http://") || word.startsWith("https://"))) {
                String host = word.replaceFirst("^https?://", "").replaceFirst("[/:].*$", "");
                String error = "failed to load cache key: Get \"" + word + "\": dial tcp: lookup " + host
                        + ": no such host";
                Builder.StepFailure f = new Builder.StepFailure(error, "Get \"" + word + "\": dial tcp: lookup " + host
                        + ": no such host", 1, i);
                stages.trace.add(new BuildTrace.Step(vertex, i.original(), BuildTrace.Kind.FILES, false, false,
                        List.of(), error, null, null, false));
                throw f;
            }
            List<Source> found = resolve(from, word, i);
            if (found.isEmpty()) {
                String clean = clean(word);
                String ref = stages.engine.ids().hex64().substring(0, 25);
                String vertexError = "failed to calculate checksum of ref " + ref + "::" + ref.substring(0, 25)
                        + ": \"/" + clean + "\": not found";
                Builder.StepFailure f = new Builder.StepFailure("failed to compute cache key: " + vertexError,
                        (add ? "ADD" : "COPY") + " failed: file not found in build context or excluded by"
                                + " .dockerignore: stat " + clean + ": file does not exist", 1, i);
                f.vertexError = vertexError;
                stages.trace.add(new BuildTrace.Step(vertex, i.original(), BuildTrace.Kind.FILES, false, false,
                        List.of(), vertexError, null, null, usesContext));
                throw f;
            }
            sources.addAll(found);
        }
        String dest = Stages.abs(st.cwd(), destWord);
        boolean intoDir = destWord.endsWith("/") || destWord.equals(".") || sources.size() > 1;
        Ownership.Chmod mode = Ownership.chmod(chmod);
        MessageDigest sha = sha256();
        text(sha, (add ? "add\n" : "copy\n") + dest + '\n' + chmod + '\n' + chown + '\n' + intoDir + '\n');
        for (Source s : sources) {
            text(sha, s.name() + '\n');
            checksum(sha, s.node());
        }
        String key = HexFormat.of().formatHex(sha.digest());
        StringBuilder createdBy = new StringBuilder(add ? "ADD" : "COPY");
        if (chown != null) {
            createdBy.append(" --chown=").append(chown);
        }
        if (chmod != null) {
            createdBy.append(" --chmod=").append(chmod);
        }
        for (String w : sourceWords) {
            createdBy.append(' ').append(w);
        }
        createdBy.append(' ').append(destWord).append(" # buildkit");
        new Steps(stages, st).fsStepChecked(i, vertex, key, usesContext, fs -> {
            Node.Meta owner = Ownership.chown(chown, fs);
            if (owner == null && usesContext) {
                // the context's files arrive owned by root (BuildKit's local source), whoever owns them on the host
                owner = new Node.Meta(0, 0, fs.stamp().mtime());
            }
            for (Source s : sources) {
                place(fs, s, dest, intoDir, mode, add, owner);
            }
            return null;
        }, createdBy.toString(), List.of());
    }

    private List<Source> resolve(String from, String word, Instruction i) throws Builder.StepFailure {
        String clean = clean(word);
        Map<String, Node> root;
        if (from == null) {
            root = stages.context.entries();
            if (clean.isEmpty()) {
                return List.of(new Source("", contextDir()));
            }
        } else {
            Plan.Stage stage = stages.stageNamed(from, Integer.MAX_VALUE);
            Node.Dir tree;
            if (stage != null && stages.stage(stage.index()) != null) {
                tree = stages.stage(stage.index()).tree;
            } else {
                Image image = stages.builder().baseImage(from, false, i);
                tree = stages.engine.layers().tree(image);
            }
            Node found = lookup(tree, clean);
            if (!clean.contains("*") && !clean.contains("?") && !clean.contains("[")) {
                return found == null ? List.of() : List.of(new Source(clean, found));
            }
            root = new TreeMap<>();
            flatten(tree, "", root);
        }
        if (!clean.contains("*") && !clean.contains("?") && !clean.contains("[")) {
            Node node = root.get(clean);
            if (node instanceof Node.Dir) {
                node = subtree(root, clean);
            }
            return node == null ? List.of() : List.of(new Source(clean, node));
        }
        Pattern glob = Pattern.compile(globRegex(clean));
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : root.entrySet()) {
            if (glob.matcher(e.getKey()).matches()) {
                Node node = e.getValue() instanceof Node.Dir ? subtree(root, e.getKey()) : e.getValue();
                out.add(new Source(e.getKey(), node));
            }
        }
        return out;
    }

    private Node.Dir contextDir() {
        return subtree(stages.context.entries(), "");
    }

    /** A directory of the context rebuilt from its flat entries (kept sorted, so those under it are one range). */
    private static Node.Dir subtree(Map<String, Node> all, String dir) {
        Node.Dir root = new Node.Dir(new TreeMap<>(), 0755);
        String prefix = dir.isEmpty() ? "" : dir + "/";
        Map<String, Node> entries = all instanceof TreeMap<String, Node> sorted && !prefix.isEmpty()
                ? sorted.subMap(prefix, prefix + Character.MAX_VALUE) : all;
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            if (!e.getKey().startsWith(prefix) || e.getKey().equals(dir)) {
                continue;
            }
            String rel = e.getKey().substring(prefix.length());
            Node.Dir parent = root;
            String[] parts = rel.split("/");
            for (int k = 0; k < parts.length - 1; k++) {
                parent = (Node.Dir) parent.children().computeIfAbsent(parts[k], n -> new Node.Dir(new TreeMap<>(), 0755));
            }
            Node node = e.getValue();
            parent.children().put(parts[parts.length - 1],
                    node instanceof Node.Dir d ? new Node.Dir(new TreeMap<>(), d.mode()) : node);
        }
        return root;
    }

    private static void flatten(Node.Dir dir, String prefix, Map<String, Node> out) {
        for (Map.Entry<String, Node> e : dir.children().entrySet()) {
            String rel = prefix + e.getKey();
            out.put(rel, e.getValue());
            if (e.getValue() instanceof Node.Dir sub) {
                flatten(sub, rel + "/", out);
            }
        }
    }

    private static Node lookup(Node.Dir tree, String rel) {
        Node node = tree;
        if (rel.isEmpty()) {
            return node;
        }
        for (String part : rel.split("/")) {
            if (!(node instanceof Node.Dir d) || (node = d.children().get(part)) == null) {
                return null;
            }
        }
        return node;
    }

    static String clean(String word) {
        return String.join("/", VPath.segments("/" + word));
    }

    private static String globRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[' || c == ']') {
                sb.append(c);
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** The copied files' names, modes and content (never their times), as BuildKit's content checksum. */
    private static void checksum(MessageDigest sha, Node node) {
        if (node instanceof Node.File f) {
            text(sha, "F" + f.mode() + ':' + f.program() + ':' + f.size() + ':');
            sha.update(f.content());
        } else if (node instanceof Node.Symlink l) {
            text(sha, "L" + l.target() + '\n');
        } else if (node instanceof Node.Dir d) {
            text(sha, "D" + d.mode() + '\n');
            for (Map.Entry<String, Node> e : d.children().entrySet()) {
                text(sha, e.getKey() + '/');
                checksum(sha, e.getValue());
            }
        }
    }

    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Puts one source at the destination as fsutil's copy does: missing parents are made with
     * the chown owner and the --chmod mode; a directory's content is merged into the destination
     * (made when missing, else left as it is), every entry under it taking the owner and mode.
     * {@code owner} is the --chown owner, root for the build context, or null to keep each
     * entry's own (another stage or image).
     */
    private static void place(MemoryFs fs, Source s, String dest, boolean intoDir, Ownership.Chmod mode, boolean add,
                              Node.Meta owner) {
        Node node = s.node();
        int dirMode = mode == null ? 0755 : mode.madeDirMode();
        if (node instanceof Node.Dir dir) {
            Ownership.mkdirs(fs, dest, owner, dirMode);
            for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                put(fs, VPath.resolve(dest, e.getKey()), e.getValue(), mode, owner);
            }
            return;
        }
        String name = s.name().contains("/") ? s.name().substring(s.name().lastIndexOf('/') + 1) : s.name();
        if (add && node instanceof Node.File f && Tar.isArchive(f.content())) {
            // solver/llbsolver/file/unpack.go: the destination is made with the owner and 0755, whatever --chmod says
            Ownership.mkdirs(fs, dest, owner, 0755);
            Tar.extract(f.content(), fs, dest);
            return;
        }
        boolean dir = intoDir || fs.lookup(dest).orElse(null) instanceof Node.Dir;
        String path = dir ? VPath.resolve(dest, name) : dest;
        Ownership.mkdirs(fs, VPath.parent(path), owner, dirMode);
        put(fs, path, node, mode, owner);
    }

    private static void put(MemoryFs fs, String path, Node node, Ownership.Chmod chmod, Node.Meta owner) {
        Integer mode = chmod == null ? null : chmod.apply(node);
        if (node instanceof Node.Dir dir) {
            Node.Dir made = (Node.Dir) Ownership.restamp(dir, owner, mode);
            if (fs.lookup(path).orElse(null) instanceof Node.Dir old) {
                // fsutil copyDirectoryOnly: an existing directory inside the copy takes the source's metadata
                made = new Node.Dir(old.children(), made.mode(), made.meta());
            }
            fs.put(path, made);
            for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                put(fs, VPath.resolve(path, e.getKey()), e.getValue(), chmod, owner);
            }
            return;
        }
        fs.put(path, Ownership.restamp(node, owner, mode));
    }
}
