package ru.moderation.cli;

final class ClassifyCommand {
    private ClassifyCommand() {}

    static int run(String[] args) {
        return 0;
    }
}
