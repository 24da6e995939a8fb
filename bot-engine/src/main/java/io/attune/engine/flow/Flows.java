package io.attune.engine.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The multi-turn flows the bot knows, by name. */
public final class Flows {

    private final Map<String, Flow> byName;

    public Flows() {
        byName = List.of(OrderStatusFlow.create(), new PasswordResetFlow(), new CancellationFlow(),
                        RefundStatusFlow.create()).stream()
                .collect(Collectors.toUnmodifiableMap(Flow::name, Function.identity()));
    }

    public Optional<Flow> named(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }
}
