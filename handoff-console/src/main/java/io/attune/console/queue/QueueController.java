package io.attune.console.queue;

import io.attune.console.ConsoleApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The queue as JSON, for the console page's first render; later changes come over STOMP. */
@RestController
@ConsoleApi
class QueueController {

    private final ConsoleQueue queue;

    QueueController(ConsoleQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/console/queue")
    QueueView queue() {
        return queue.current();
    }
}
