package org.zhedition.lint;

import java.util.ArrayList;
import java.util.List;
import org.zhedition.script.Characters;
import org.zhedition.script.Script;

/** A character of the other script: Simplified-only in a Traditional article (资), or Traditional-only in a Simplified one. */
final class OtherScript {
    private OtherScript() {
    }

    static List<Hit> find(CharSequence text, Script script) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Han.isHan(c) && Characters.foreignTo(script, c)) {
                // What the build's repair puts on the page when no context decides: the same
                // dictionaries, so no second set is loaded for a warning (a second of CPU).
                String own = Characters.nativeForm(script, c);
                hits.add(Hit.judgement(i, 1, "script", "'" + c + "' is " + (script == Script.HANT ? "Simplified" : "Traditional")
                        + " in a " + script.tag() + " article", "write '" + own + "' (the build repairs it on the page meanwhile)"));
            }
        }
        return hits;
    }
}
