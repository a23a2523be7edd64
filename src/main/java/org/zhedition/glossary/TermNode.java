package org.zhedition.glossary;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An occurrence of a glossary term in the text, as the annotator marks it.
 *
 * @see Annotator
 */
public final class TermNode extends Node implements DoNotDecorate {
    private final Term term;
    private final int number;

    /**
     * @param chars  the words as they stand in the text (an alias or the headword)
     * @param term   the entry, in the edition's script
     * @param number 1-based, unique within the page: gives the note its id
     */
    public TermNode(BasedSequence chars, Term term, int number) {
        super(chars);
        this.term = term;
        this.number = number;
    }

    public Term term() {
        return term;
    }

    public int number() {
        return number;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
