package ru.moderation.moderation;

import ru.moderation.classify.Classifier;

/**
 * One compiled classifier per JVM (class loader): building it loads the morphology and compiles the
 * lexicon, and the classifier is thread-safe, so all subtasks of a TaskManager share it.
 */
final class SharedClassifier {
    private SharedClassifier() {}

    private static volatile Classifier instance;

    static Classifier get() {
        Classifier c = instance;
        if (c == null) {
            synchronized (SharedClassifier.class) {
                c = instance;
                if (c == null) {
                    c = Classifier.defaultRussian();
                    instance = c;
                }
            }
        }
        return c;
    }
}
