package org.zhedition.glossary;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhedition.content.SiteConfig.Annotate;
import org.zhedition.text.LongestMatch;

/**
 * Marks glossary terms in a parsed edition, longest match first and without word boundaries.
 *
 * <p>Works on the Markdown tree rather than on HTML so that links, code, headings, image text and
 * other terms are skipped by construction. Both editions are annotated with the same policy on
 * texts of the same structure, so they mark the same occurrences.
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

    /** Adds {@link TermNode}s to {@code document}; returns them in document order. */
    public List<TermNode> annotate(Document document) {
        List<TermNode> marked = new ArrayList<>();
        if (forms.isEmpty()) {
            return marked;
        }
        Map<Node, Integer> sectionOf = sections(document);
        Set<String> done = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof Text t && !excluded(t)) {
                texts.add(t);
            }
        }
        for (Text text : texts) {
            int section = sectionOf.getOrDefault(topLevel(text), 0);
            split(text, section, done, marked);
        }
        return marked;
    }

    private void split(Text text, int section, Set<String> done, List<TermNode> marked) {
        BasedSequence chars = text.getChars();
        int start = 0;
        int i = 0;
        boolean changed = false;
        while (i < chars.length()) {
            LongestMatch.Entry<Term> m = forms.at(chars, i);
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
                if (i > start) {
                    text.insertBefore(new Text(chars.subSequence(start, i)));
                }
                TermNode node = new TermNode(chars.subSequence(i, end), m.value(), marked.size() + 1);
                text.insertBefore(node);
                marked.add(node);
                start = end;
                changed = true;
            }
            i = end;
        }
        if (changed) {
            if (start < chars.length()) {
                text.insertBefore(new Text(chars.subSequence(start, chars.length())));
            }
            text.unlink();
        }
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
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                section++;
            }
            out.put(n, section);
        }
        return out;
    }

    private static Node topLevel(Node n) {
        Node p = n;
        while (p.getParent() != null && !(p.getParent() instanceof Document)) {
            p = p.getParent();
        }
        return p;
    }
}
