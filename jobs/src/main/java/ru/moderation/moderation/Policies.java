package ru.moderation.moderation;

import ru.moderation.classify.Category;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Policies per community with a default, loaded from a JSON file:
 *
 * <pre>{@code
 * {
 *   "default": {"threshold": 2, "window": "P30D", "mode": "auto",
 *               "categories": ["OBSCENITY","INSULT","HATE","THREAT","SPAM"], "banDuration": "P30D"},
 *   "communities": {
 *     "vk:218000001": {"mode": "approval", "banDuration": "permanent"},
 *     "telegram:-1001987654321": {"threshold": 3, "categories": ["OBSCENITY","SPAM"]}
 *   }
 * }
 * }</pre>
 *
 * A community entry overrides only the fields it names; the rest come from the default. Durations are
 * ISO-8601 ({@code P30D}, {@code PT12H}).
 */
public final class Policies implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Policy defaultPolicy;
    private final Map<String, Policy> byCommunity;

    public Policies(Policy defaultPolicy, Map<String, Policy> byCommunity) {
        this.defaultPolicy = defaultPolicy;
        this.byCommunity = new HashMap<>(byCommunity);
    }

    public static Policies defaults() {
        return new Policies(Policy.DEFAULT, Map.of());
    }

    public Policy forCommunity(String platform, String communityId) {
        Policy p = byCommunity.get(platform + ':' + communityId);
        return p != null ? p : defaultPolicy;
    }

    public Policy defaultPolicy() {
        return defaultPolicy;
    }

    /** The longest strike window: how long struck-comment state must live. */
    public Duration maxWindow() {
        Duration d = defaultPolicy.window();
        for (Policy p : byCommunity.values()) {
            d = p.window().compareTo(d) > 0 ? p.window() : d;
        }
        return d;
    }

    public static Policies load(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** Parses the JSON policy file; throws IllegalArgumentException naming the bad field. */
    public static Policies parse(String json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage().split("\n")[0]);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object");
        }
        checkFields(root, source, Set.of("default", "communities"));
        Policy def = Policy.DEFAULT;
        if (root.has("default")) {
            def = override(Policy.DEFAULT, "default", root.get("default"), source + ": default");
        }
        Map<String, Policy> map = new HashMap<>();
        JsonNode communities = root.get("communities");
        if (communities != null) {
            if (!communities.isObject()) {
                throw new IllegalArgumentException(source + ": 'communities' must be an object");
            }
            Iterator<Map.Entry<String, JsonNode>> it = communities.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (!key.matches("(vk|telegram|ok):.+")) {
                    throw new IllegalArgumentException(source + ": community key '" + key
                            + "' must be platform:communityId, e.g. vk:218000001");
                }
                map.put(key, override(def, key, e.getValue(), source + ": " + key));
            }
        }
        return new Policies(def, map);
    }

    private static Policy override(Policy base, String name, JsonNode n, String where) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object");
        }
        checkFields(n, where, Set.of("threshold", "window", "mode", "categories", "banDuration"));
        int threshold = base.threshold();
        if (n.has("threshold")) {
            if (!n.get("threshold").canConvertToInt() || !n.get("threshold").isIntegralNumber()) {
                throw new IllegalArgumentException(where + ": 'threshold' must be an integer");
            }
            threshold = n.get("threshold").asInt();
        }
        Duration window = n.has("window") ? duration(n.get("window"), where + ".window") : base.window();
        boolean approval = base.approval();
        if (n.has("mode")) {
            String mode = n.get("mode").asText();
            approval = switch (mode) {
                case "auto" -> false;
                case "approval" -> true;
                default -> throw new IllegalArgumentException(where + ": 'mode' must be auto or approval, got " + mode);
            };
        }
        Set<Category> cats = base.categories();
        if (n.has("categories")) {
            if (!n.get("categories").isArray()) {
                throw new IllegalArgumentException(where + ": 'categories' must be an array");
            }
            cats = EnumSet.noneOf(Category.class);
            for (JsonNode c : n.get("categories")) {
                try {
                    cats.add(Category.valueOf(c.asText().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": unknown category '" + c.asText() + "'");
                }
            }
        }
        Duration ban = base.banDuration();
        if (n.has("banDuration")) {
            JsonNode b = n.get("banDuration");
            ban = b.isNull() || "permanent".equals(b.asText()) ? null : duration(b, where + ".banDuration");
        }
        try {
            return new Policy(name, threshold, window, approval, cats, ban);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static Duration duration(JsonNode n, String where) {
        try {
            return Duration.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": not an ISO-8601 duration like P30D or PT12H: " + n.asText());
        }
    }

    private static void checkFields(JsonNode n, String where, Set<String> allowed) {
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(where + ": unknown field '" + f + "' (allowed: " + allowed + ")");
            }
        }
    }
}
