package io.attune.engine.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The quality figures as they are measured: printed at once, written as a Markdown table at the end. */
final class Report {

    private record Row(String measure, double value, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Path file;
    private final Path data;

    Report(Path file, Path data) {
        this.file = file;
        this.data = data;
    }

    void add(String measure, double value, String note) {
        rows.add(new Row(measure, value, note));
        System.out.printf("  %-70s %.3f  (%s)%n", measure, value, note);
        try {
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Attune language models: quality figures\n\n");
        md.append("Written by `io.attune.engine.quality.QualityReport` on ").append(LocalDate.now())
                .append(" from the data in `").append(data).append("` (see `bot-engine/README.md`).\n")
                .append("Figures are on the dev/held-out data given to us, not the sets' hidden test splits.\n\n");
        md.append("| measure | value | notes |\n|---|---:|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.measure().strip()).append(" | ").append(String.format("%.3f", r.value()))
                    .append(" | ").append(r.note()).append(" |\n");
        }
        return md.toString();
    }
}
