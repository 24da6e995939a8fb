package io.attune.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the figures were taken on, in one line for the report. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return String.format("%s, %d cores, %d GB RAM, %s %s, Java %s (%s)", cpuModel(),
                Runtime.getRuntime().availableProcessors(), memTotalGb(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("unknown CPU");
    }

    private static long memTotalGb() {
        return procLine("/proc/meminfo", "MemTotal").map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) >> 20)
                .orElse(0L);
    }

    private static java.util.Optional<String> procLine(String file, String prefix) {
        try (var lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
