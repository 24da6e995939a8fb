package io.attune.admin.analytics;

import io.attune.admin.satisfaction.DeescalationFigures;
import io.attune.admin.satisfaction.PredictionFigures;
import java.time.ZoneOffset;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The analytics page: its key figures rendered on the server, its charts drawn from the same report as JSON. */
@Controller
@RequestMapping("/admin/analytics")
class AnalyticsController {

    private final Analytics analytics;
    private final DeescalationFigures deescalation;
    private final PredictionFigures predictions;

    AnalyticsController(Analytics analytics, DeescalationFigures deescalation, PredictionFigures predictions) {
        this.analytics = analytics;
        this.deescalation = deescalation;
        this.predictions = predictions;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "30") int days, Model model) {
        int period = Math.max(1, Math.min(Analytics.MAX_DAYS, days));
        model.addAttribute("days", period);
        AnalyticsReport report = analytics.report(period);
        model.addAttribute("report", report);
        var since = report.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        model.addAttribute("deescalation", deescalation.since(since));
        model.addAttribute("predicted", predictions.since(since));
        return "admin/analytics";
    }

    @GetMapping("/data")
    @ResponseBody
    ResponseEntity<AnalyticsReport> data(@RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > Analytics.MAX_DAYS) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(analytics.report(days));
    }
}
