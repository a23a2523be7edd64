package org.zhedition.script.opencc;

import com.github.houbb.opencc4j.support.segment.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenCC4j's segmentation seam, filled with what an OpenCC configuration does before its
 * conversion chain: the {@code normalization} pre-pass (CJK compatibility ideographs to their
 * unified forms), then the {@code segmentation}. OpenCC's {@code mmseg} segmentation
 * ({@code MaxMatchSegmentation.cpp}) is maximum forward matching over one dictionary (TSPhrases
 * for {@code hk2s} and {@code tw2s}): every key found is a segment of its own, and the text
 * between keys is one segment. Each segment then goes through the chain on its own, so that an
 * earlier stage cannot match across the boundary of a phrase a later stage knows. A configuration
 * without segmentation (such as {@code t2s}) converts the text as one segment.
 */
final class OpenccSegment implements Segment {
    private final List<Conversion> normalization;
    private final Matcher segmentation;

    /** @param segmentation the mmseg dictionary's matcher, or null for none */
    OpenccSegment(List<Conversion> normalization, Matcher segmentation) {
        this.normalization = List.copyOf(normalization);
        this.segmentation = segmentation;
    }

    @Override
    public List<String> seg(String original) {
        if (original == null || original.isEmpty()) {
            return List.of();
        }
        // One copy of the characters serves the normalization and the segmentation.
        char[] chars = original.toCharArray();
        int end = chars.length;
        boolean normalized = false;
        for (Conversion stage : normalization) {
            Conversion.Text t = stage.apply(chars, end);
            if (t != null) {
                chars = t.chars;
                end = t.length;
                normalized = true;
            }
        }
        String text = normalized ? new String(chars, 0, end) : original;
        if (segmentation == null) {
            return List.of(text);
        }
        List<String> segments = new ArrayList<>();
        int runStart = 0;
        int i = 0;
        while (i < end) {
            char c = chars[i];
            long match = segmentation.canStart(c) ? segmentation.match(chars, i, end) : -1L;
            if (match < 0) {
                i += Ids.isOperator(c) || segmentation.canStart(c) ? Conversion.unmatched(chars, i, end) : 1;
                continue;
            }
            int length = Matcher.length(match);
            if (i > runStart) {
                segments.add(text.substring(runStart, i));
            }
            segments.add(new String(chars, i, length));
            i += length;
            runStart = i;
        }
        if (runStart < end) {
            segments.add(text.substring(runStart));
        }
        return segments;
    }
}
