package io.attune.widget.limits;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.convert.DurationStyle;

/**
 * How many of something one client may do: {@code count} at once, then {@code count} per {@code per}
 * again as time passes (a token bucket). Written {@code 20/10m} in settings: twenty at once, and
 * twenty more over every ten minutes.
 */
public record Rate(int count, Duration per) {

    public Rate {
        Objects.requireNonNull(per, "per");
        if (count < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate needs a count of at least 1 and a positive period, not "
                    + count + "/" + per);
        }
    }

    /** Reads {@code 20/10m}, {@code 10/2s}, {@code 5/1h}. */
    public static Rate of(String text) {
        String[] parts = text.trim().split("\\s*/\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a rate is written count/period, e.g. 20/10m, not " + text);
        }
        return new Rate(Integer.parseInt(parts[0]), DurationStyle.detectAndParse(parts[1]));
    }

    double perSecond() {
        return count / (per.toNanos() / 1_000_000_000.0);
    }

    @Override
    public String toString() {
        return count + "/" + per;
    }
}
