package ru.moderation.cli;

import java.util.Arrays;

/** Entry point of {@code comment-moderation.jar}: dispatches to a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code;
        switch (args[0]) {
            case "classify" -> code = ClassifyCommand.run(rest);
            case "local" -> code = LocalCommand.run(rest);
            case "bench" -> code = BenchCommand.run(rest);
            default -> {
                System.err.println("unknown command: " + args[0]);
                System.err.println(USAGE);
                code = 2;
            }
        }
        System.exit(code);
    }

    static final String USAGE = """
            usage: java -jar jobs/target/comment-moderation.jar <command> [options]

            commands:
              classify   classify text from standard input, one comment per line, one JSON object per line out
                         --explain           human-readable output with the matches marked
                         --evaluate FILE...  precision/recall/F1 per category on TSV files (label<TAB>text)
              local      run the moderation job on an in-JVM Kafka broker and a local Flink MiniCluster
              bench      end-to-end throughput and latency on the embedded setup (see jobs/README.md)
            """;
}
