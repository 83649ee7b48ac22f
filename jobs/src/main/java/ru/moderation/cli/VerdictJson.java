package ru.moderation.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import ru.moderation.classify.Category;
import ru.moderation.classify.Match;
import ru.moderation.classify.Verdict;

/** The CLI's JSON shape of a verdict: {"categories":[…],"matches":[…],"dictionaryVersion":…}. */
final class VerdictJson {
    private VerdictJson() {}

    static void write(JsonGenerator g, String text, Verdict v) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("categories");
        for (Category c : v.categories()) {
            g.writeString(c.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("matches");
        for (Match m : v.matches()) {
            g.writeStartObject();
            g.writeStringField("category", m.category().name());
            g.writeStringField("rule", m.rule());
            g.writeStringField("term", m.term());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.fragment(text));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("dictionaryVersion", v.dictionaryVersion());
        g.writeEndObject();
    }
}
