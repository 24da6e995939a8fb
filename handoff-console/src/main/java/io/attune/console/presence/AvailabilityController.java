package io.attune.console.presence;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The widget asks whether a person can answer before offering one. */
@RestController
class AvailabilityController {

    private final AgentAvailability availability;

    AvailabilityController(AgentAvailability availability) {
        this.availability = availability;
    }

    @GetMapping("/api/availability")
    Availability availability() {
        return availability.now();
    }
}
