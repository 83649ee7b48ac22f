package ru.moderation.classify;

/**
 * Thread-safe, immutable compiled lexicon. Build once (it loads the morphology and compiles the
 * dictionaries), share everywhere, call {@link #classify} from any thread.
 */
public final class Classifier {
    private final String version;

    private Classifier(String version) {
        this.version = version;
    }

    /** The built-in Russian lexicon packaged with this module. */
    public static Classifier defaultRussian() {
        return new Classifier("stub");
    }

    public String dictionaryVersion() {
        return version;
    }

    /** Never throws on any input; work is linear in the length of {@code text}. */
    public Verdict classify(CharSequence text) {
        return Verdict.clean(version);
    }
}
