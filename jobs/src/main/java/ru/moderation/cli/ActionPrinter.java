package ru.moderation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One readable console line per action (and per dead letter) for the embedded demo. */
final class ActionPrinter {
    private static final ObjectMapper M = new ObjectMapper();
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ActionPrinter() {}

    static String action(byte[] json) {
        try {
            JsonNode a = M.readTree(json);
            StringBuilder sb = new StringBuilder();
            sb.append(LocalTime.now().format(HMS)).append("  ");
            sb.append(String.format("%-18s", a.path("type").asText()));
            sb.append(String.format("%-9s", a.path("platform").asText()));
            sb.append("community ").append(a.path("communityId").asText());
            sb.append("  comment ").append(a.path("commentId").asText());
            sb.append("  author ").append(a.path("authorId").asText());
            sb.append("  strikes ").append(a.path("strikes").asInt()).append('/').append(a.path("policy").path("threshold").asInt());
            sb.append("\n          ").append(a.path("reason").asText());
            sb.append("\n          -> ").append(a.path("platformCall").path("method").asText()).append(' ')
                    .append(a.path("platformCall").path("params").toString());
            return sb.toString();
        } catch (IOException e) {
            return "unreadable action: " + new String(json, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static String deadLetter(byte[] json) {
        try {
            JsonNode d = M.readTree(json);
            return LocalTime.now().format(HMS) + "  DEAD LETTER       " + d.path("reason").asText() + "  (offset "
                    + d.path("partition").asInt() + "/" + d.path("offset").asLong() + ")";
        } catch (IOException e) {
            return "unreadable dead letter";
        }
    }
}
