package io.attune.admin.thresholds;

import io.attune.engine.handoff.HandoffThresholds;
import io.attune.storage.SettingsRow.Versioned;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's thresholds page: the values in force, the form to change them, the what-if and the history. */
@Controller
@RequestMapping("/admin/thresholds")
class ThresholdsController {

    static final String VIEW = "admin/thresholds";

    private final LiveThresholds thresholds;

    ThresholdsController(LiveThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping
    ModelAndView show() {
        Versioned<HandoffThresholds> current = thresholds.versioned();
        return page(ThresholdsForm.of(current.settings()), current.version(), Map.of(), HttpStatus.OK);
    }

    @PostMapping
    ModelAndView save(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "-1") long version,
                      Principal admin, RedirectAttributes redirect) {
        ThresholdsForm form = ThresholdsForm.from(params);
        ThresholdsForm.Parsed parsed = form.parse();
        if (!parsed.valid()) {
            return page(form, version, parsed.errors(), HttpStatus.BAD_REQUEST);
        }
        if (thresholds.change(version, parsed.thresholds(), admin.getName()).isEmpty()) {
            Versioned<HandoffThresholds> theirs = thresholds.versioned();
            return page(ThresholdsForm.of(theirs.settings()), theirs.version(), Map.of("form",
                    "Another admin changed the thresholds meanwhile; their values are shown. Apply your change again."),
                    HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/admin/thresholds");
    }

    private ModelAndView page(ThresholdsForm form, long version, Map<String, String> errors, HttpStatus status) {
        ModelAndView mv = new ModelAndView(VIEW, status);
        mv.addObject("fields", ThresholdField.values());
        mv.addObject("form", form);
        mv.addObject("version", version);
        mv.addObject("errors", errors);
        mv.addObject("history", thresholds.history());
        return mv;
    }
}
