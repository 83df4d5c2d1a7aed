package io.github.berth.tutor.text;

import io.github.berth.tutor.text.StyledText.Span;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders lesson Markdown for a terminal of a given width: headings, emphasis, inline code,
 * code blocks, bullet and numbered lists, block quotes, GFM tables, and links shown as "text (url)".
 * Paragraphs are wrapped at word boundaries; code is never wrapped.
 */
public final class Markdown {
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    public StyledText render(String markdown, int width) {
        List<List<Span>> out = new ArrayList<>();
        blocks(parser.parse(markdown), "", "", Math.max(20, width), out);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return new StyledText(out);
    }

    /** Renders the children of {@code parent}; the first line gets {@code first}, later ones {@code rest}. */
    private void blocks(Node parent, String first, String rest, int width, List<List<Span>> out) {
        String prefix = first;
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            block(block, prefix, rest, width, out);
            prefix = rest;
        }
    }

    private void block(Node block, String first, String rest, int width, List<List<Span>> out) {
        if (block instanceof Heading) {
            List<Span> spans = new ArrayList<>();
            inlines(block, Style.HEADING, spans);
            wrap(spans, first, rest, width, out);
            out.add(List.of());
        } else if (block instanceof Paragraph) {
            List<Span> spans = new ArrayList<>();
            inlines(block, Style.PLAIN, spans);
            wrap(spans, first, rest, width, out);
            if (!(block.getParent() instanceof ListItem)) {
                out.add(List.of());
            }
        } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            String code = block instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) block).getLiteral();
            String prefix = first;
            for (String line : code.stripTrailing().split("\n", -1)) {
                out.add(List.of(new Span(prefix + "    ", Style.PLAIN), new Span(line, Style.CODE_BLOCK)));
                prefix = rest;
            }
            out.add(List.of());
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            int number = block instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
            String prefix = first;
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                String marker = block instanceof OrderedList ? (number++) + ". " : "• ";
                String pad = " ".repeat(marker.length());
                blocks(item, prefix + "  " + marker, rest + "  " + pad, width, out);
                prefix = rest;
            }
            if (!(block.getParent() instanceof ListItem)) {
                out.add(List.of());
            }
        } else if (block instanceof BlockQuote) {
            blocks(block, first + "│ ", rest + "│ ", width, out);
        } else if (block instanceof TableBlock) {
            MarkdownTable.render(block, first, rest, width, out);
            out.add(List.of());
        } else if (block instanceof ThematicBreak) {
            out.add(List.of(new Span(first + "─".repeat(Math.max(1, width - first.length())), Style.DIM)));
            out.add(List.of());
        } else {
            blocks(block, first, rest, width, out);
        }
    }

    static void inlines(Node parent, Style style, List<Span> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Span(t.getLiteral(), style));
            } else if (n instanceof Code c) {
                out.add(new Span(c.getLiteral(), Style.CODE));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, style == Style.HEADING ? style : Style.STRONG, out);
            } else if (n instanceof Emphasis) {
                inlines(n, style == Style.HEADING ? style : Style.EMPHASIS, out);
            } else if (n instanceof Link link) {
                inlines(n, Style.LINK, out);
                out.add(new Span(" (" + link.getDestination() + ")", style));
            } else if (n instanceof SoftLineBreak) {
                out.add(new Span(" ", style));
            } else if (n instanceof HardLineBreak) {
                out.add(new Span("\n", style));
            } else {
                inlines(n, style, out);
            }
        }
    }

    /** Greedy word wrap of styled spans; a word longer than the line stays whole. */
    static void wrap(List<Span> spans, String first, String rest, int width, List<List<Span>> out) {
        List<Span> line = new ArrayList<>();
        line.add(new Span(first, Style.PLAIN));
        int column = first.length();
        boolean lineHasWord = false;
        for (Span span : spans) {
            // split into words and single spaces, keeping the style
            for (String piece : span.text().split("(?<= )|(?= )|(?<=\n)|(?=\n)")) {
                if (piece.isEmpty()) {
                    continue;
                }
                if (piece.equals("\n")) {
                    out.add(line);
                    line = new ArrayList<>(List.of(new Span(rest, Style.PLAIN)));
                    column = rest.length();
                    lineHasWord = false;
                    continue;
                }
                if (piece.equals(" ")) {
                    if (lineHasWord && column + 1 < width) {
                        line.add(new Span(" ", span.style()));
                        column++;
                    }
                    continue;
                }
                int len = piece.codePointCount(0, piece.length());
                if (lineHasWord && column + len > width) {
                    trimTrailingSpace(line);
                    out.add(line);
                    line = new ArrayList<>(List.of(new Span(rest, Style.PLAIN)));
                    column = rest.length();
                }
                line.add(new Span(piece, span.style()));
                column += len;
                lineHasWord = true;
            }
        }
        trimTrailingSpace(line);
        out.add(line);
    }

    private static void trimTrailingSpace(List<Span> line) {
        if (line.size() > 1 && line.get(line.size() - 1).text().equals(" ")) {
            line.remove(line.size() - 1);
        }
    }
}
