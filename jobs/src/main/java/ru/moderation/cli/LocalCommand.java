package ru.moderation.cli;

final class LocalCommand {
    private LocalCommand() {}

    static int run(String[] args) {
        System.err.println("local: not implemented yet");
        return 1;
    }
}
