package org.zhedition.glossary;

import org.zhedition.markdown.Markdown;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhedition.glossary.Annotate;
import org.zhedition.text.LongestMatch;

/**
 * Marks glossary terms in a parsed edition, longest match first and without word boundaries.
 *
 * <p>Works on the Markdown tree rather than on HTML so that links, code, headings, image text and
 * other terms are skipped by construction. Both editions are annotated with the same policy on
 * texts of the same structure, so they mark the same occurrences.
 *
 * <p>Matching runs over each stretch of plain text with its soft line breaks taken out, so a
 * term that the editor's line wrapping split ({@code 測試時間}⏎{@code 縮放}) is still found; the
 * marked term is then printed without the break. A term split by other markup
 * ({@code **測試**時間縮放}) is not matched: the editor chose to split it.
 */
public final class Annotator {
    private final LongestMatch<Term> forms;
    private final Annotate policy;

    /**
     * @param glossary the glossary in the edition's script: each form is matched as that edition
     *                 prints it
     */
    public Annotator(Glossary glossary, Annotate policy) {
        List<LongestMatch.Entry<Term>> entries = new ArrayList<>();
        for (Term t : glossary.terms()) {
            for (String form : t.forms()) {
                entries.add(new LongestMatch.Entry<>(form, t));
            }
        }
        this.forms = new LongestMatch<>(entries);
        this.policy = policy;
    }

    /** A term found in a stretch of text: {@code [start, end)} of the joined text. */
    private record Match(int start, int end, Term term) {
    }

    /** Adds {@link TermNode}s to {@code document}; returns them in document order. */
    public List<TermNode> annotate(Document document) {
        List<TermNode> marked = new ArrayList<>();
        if (forms.isEmpty()) {
            return marked;
        }
        Map<Node, Integer> sectionOf = sections(document);
        Set<String> done = new HashSet<>();
        for (List<Node> run : runs(document)) {
            int section = sectionOf.getOrDefault(Markdown.blockOf(run.get(0)), 0);
            annotate(run, section, done, marked);
        }
        return marked;
    }

    /**
     * The stretches of markable text in document order: sibling {@code Text} and
     * {@code SoftLineBreak} nodes, each stretch starting with a {@code Text}.
     */
    private static List<List<Node>> runs(Document document) {
        List<List<Node>> runs = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : document.getDescendants()) {
            if (!(n instanceof Text) || seen.contains(n) || excluded(n)) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node m = n; m instanceof Text || m instanceof SoftLineBreak; m = m.getNext()) {
                run.add(m);
                seen.add(m);
            }
            runs.add(run);
        }
        return runs;
    }

    private void annotate(List<Node> run, int section, Set<String> done, List<TermNode> marked) {
        StringBuilder joined = new StringBuilder();
        int[] startOf = new int[run.size()];
        for (int k = 0; k < run.size(); k++) {
            startOf[k] = joined.length();
            if (run.get(k) instanceof Text t) {
                joined.append(t.getChars());
            }
        }
        List<Match> matches = find(joined, section, done);
        if (matches.isEmpty()) {
            return;
        }
        List<Node> replacement = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < run.size(); k++) {
            Node node = run.get(k);
            int s = startOf[k];
            if (node instanceof SoftLineBreak) {
                if (!inside(matches, s)) {
                    replacement.add(node);
                }
                continue;
            }
            BasedSequence chars = node.getChars();
            int e = s + chars.length();
            int cursor = s;
            while (cursor < e) {
                while (next < matches.size() && matches.get(next).end() <= cursor) {
                    next++;
                }
                Match m = next < matches.size() ? matches.get(next) : null;
                if (m == null || m.start() >= e) {
                    replacement.add(new Text(chars.subSequence(cursor - s, e - s)));
                    cursor = e;
                } else if (m.start() > cursor) {
                    replacement.add(new Text(chars.subSequence(cursor - s, m.start() - s)));
                    cursor = m.start();
                } else if (m.start() == cursor) {
                    BasedSequence text = m.end() <= e ? chars.subSequence(m.start() - s, m.end() - s)
                            : BasedSequence.of(joined.substring(m.start(), m.end()));
                    TermNode t = new TermNode(text, m.term(), marked.size() + 1);
                    replacement.add(t);
                    marked.add(t);
                    cursor = Math.min(m.end(), e);
                } else {
                    cursor = Math.min(m.end(), e); // the rest of a term that began in an earlier node
                }
            }
        }
        Node last = run.get(run.size() - 1);
        Node parent = last.getParent();
        Node after = last.getNext();
        run.forEach(Node::unlink);
        for (Node n : replacement) {
            if (after != null) {
                after.insertBefore(n);
            } else {
                parent.appendChild(n);
            }
        }
    }

    /**
     * The terms to mark in one stretch of text, left to right. A found term always consumes its
     * characters, even when the policy does not mark it again, so no shorter term inside it
     * (時間 in 測試時間縮放) is ever marked.
     */
    private List<Match> find(CharSequence text, int section, Set<String> done) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            LongestMatch.Entry<Term> m = null;
            for (LongestMatch.Entry<Term> candidate : forms.all(text, i)) {
                if (!exempt(text, i, candidate)) {
                    m = candidate;
                    break;
                }
            }
            if (m == null) {
                i++;
                continue;
            }
            int end = i + m.phrase().length();
            String key = switch (policy) {
                case EVERY -> null;
                case FIRST_IN_ARTICLE -> m.value().id();
                case FIRST_IN_SECTION -> m.value().id() + "#" + section;
            };
            if (key == null || done.add(key)) {
                out.add(new Match(i, end, m.value()));
            }
            i = end;
        }
        return out;
    }

    /** Whether the form at {@code pos} lies inside one of its entry's {@code not:} phrases. */
    private static boolean exempt(CharSequence text, int pos, LongestMatch.Entry<Term> form) {
        String f = form.phrase();
        for (String phrase : form.value().notIn()) {
            for (int k = phrase.indexOf(f); k >= 0; k = phrase.indexOf(f, k + 1)) {
                int from = pos - k;
                if (from >= 0 && from + phrase.length() <= text.length()
                        && phrase.contentEquals(text.subSequence(from, from + phrase.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(List<Match> matches, int pos) {
        for (Match m : matches) {
            if (m.start() < pos && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading || p instanceof Link || p instanceof LinkRef || p instanceof Image
                    || p instanceof ImageRef || p instanceof Code || p instanceof TermNode
                    || p instanceof DoNotDecorate || p instanceof DoNotLinkDecorate) {
                return true;
            }
        }
        return false;
    }

    /** Section number of each top-level block: a heading starts a new section. */
    private static Map<Node, Integer> sections(Document document) {
        Map<Node, Integer> out = new IdentityHashMap<>();
        int section = 0;
        for (Node n : Markdown.blocks(document)) {
            if (n instanceof Heading) {
                section++;
            }
            out.put(n, section);
        }
        return out;
    }

}
