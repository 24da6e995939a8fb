package io.attune.admin.whatif;

import io.attune.admin.thresholds.ThresholdsForm;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Starts a what-if for the thresholds typed into the form (not yet saved) and reports its progress. */
@RestController
@RequestMapping("/admin/thresholds/what-if")
class WhatIfController {

    private final WhatIfRuns runs;

    WhatIfController(WhatIfRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> start(@RequestParam Map<String, String> params) {
        ThresholdsForm.Parsed parsed = ThresholdsForm.from(params).parse();
        if (!parsed.valid()) {
            return ResponseEntity.badRequest().body(Map.of("errors", parsed.errors()));
        }
        return runs.start(parsed.thresholds())
                .map(id -> ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.<String, Object>of("id", id)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .body(Map.of("error", "Other what-ifs are still running; try again when they finish.")));
    }

    @GetMapping("/{id}")
    ResponseEntity<WhatIfStatus> status(@PathVariable String id) {
        return ResponseEntity.of(runs.status(id));
    }
}
