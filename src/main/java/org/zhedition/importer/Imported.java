package org.zhedition.importer;

import java.util.List;
import java.util.Map;
import org.zhedition.content.Article.Emendation;

/**
 * What {@link Importer} made of a scrape.
 *
 * @param markdown    the article file: front matter and body
 * @param emendations every change made, as recorded in the front matter
 * @param repairs     the mechanical repairs per kind ({@code ,→，} → 148)
 * @param removed     how many paragraphs of debris were removed
 * @param forEditor   what needs the editor's judgement, one line each: left as it was, not guessed
 */
public record Imported(String markdown, List<Emendation> emendations, Map<String, Integer> repairs, int removed,
        List<String> forEditor) {
    public Imported {
        emendations = List.copyOf(emendations);
        repairs = Map.copyOf(repairs);
        forEditor = List.copyOf(forEditor);
    }
}
