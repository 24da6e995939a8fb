package io.attune.engine.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer messages of 5 to 40 words for the benchmark, made of real text: Bitext customer phrasings,
 * joined with GoEmotions comments (emotional, conversational) for the longer ones. Seeded, so every run
 * sends the same messages.
 */
final class BenchmarkMessages {

    static final int MIN_WORDS = 5;
    static final int MAX_WORDS = 40;

    private BenchmarkMessages() {
    }

    static List<String> generate(Datasets data, int count, long seed) {
        List<String> requests = data.bitext().stream().map(Datasets.BitextRow::instruction).toList();
        List<String> feelings = data.goEmotions("original", "dev").stream().map(Datasets.GoEmotion::text)
                .filter(t -> !t.contains("[NAME]")).toList();
        Random random = new Random(seed);
        List<String> messages = new ArrayList<>(count);
        while (messages.size() < count) {
            int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
            StringBuilder message = new StringBuilder(requests.get(random.nextInt(requests.size())));
            while (words(message) < target) {
                List<String> source = random.nextBoolean() ? feelings : requests;
                message.append(". ").append(source.get(random.nextInt(source.size())));
            }
            String text = cut(message.toString(), target);
            if (words(text) >= MIN_WORDS) {
                messages.add(text);
            }
        }
        return messages;
    }

    static int words(CharSequence text) {
        String s = text.toString().strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String cut(String text, int words) {
        String[] parts = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
    }
}
