package io.attune.admin.load;

import io.attune.console.load.LiveLoadRules;
import io.attune.console.load.LoadProperties;
import io.attune.console.reflection.Reflections;
import io.attune.console.load.TeamLoad;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.load.LoadRules;
import io.attune.storage.SettingsRow.Versioned;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's view of the team's emotional load, live, and the rules that define it. */
@Controller
@RequestMapping("/admin/load")
class LoadController {

    private final TeamLoad team;
    private final LiveLoadRules rules;
    private final Reflections reflections;
    private final long refreshSeconds;

    LoadController(TeamLoad team, LiveLoadRules rules, Reflections reflections, LoadProperties properties) {
        this.refreshSeconds = Math.max(1, properties.supervisorRefresh().toSeconds());
        this.team = team;
        this.rules = rules;
        this.reflections = reflections;
    }

    @GetMapping
    ModelAndView show() {
        Versioned<LoadRules> current = rules.versioned();
        return page(LoadRulesForm.of(current.settings()), current.version(), Map.of(), HttpStatus.OK);
    }

    /** What the page polls: each agent's load and last window's mix, and only counts of private reflections. */
    @GetMapping("/agents")
    @ResponseBody
    TeamView agents() {
        Map<String, Integer> counts = reflections.countsPerAgent();
        return new TeamView(team.everyone().stream().map(a -> new AgentRow(a, counts.getOrDefault(a.username(), 0))).toList());
    }

    @PostMapping
    ModelAndView save(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "-1") long version,
                      Principal admin, RedirectAttributes redirect) {
        LoadRulesForm form = new LoadRulesForm(params.get("heavyAt"), params.get("hostileAt"),
                params.get("pauseMinutes"), params.get("windowMinutes"));
        LoadRulesForm.Parsed parsed = form.parse();
        if (!parsed.errors().isEmpty()) {
            return page(form, version, parsed.errors(), HttpStatus.BAD_REQUEST);
        }
        if (!rules.change(version, parsed.rules(), admin.getName())) {
            Versioned<LoadRules> theirs = rules.versioned();
            return page(LoadRulesForm.of(theirs.settings()), theirs.version(), Map.of("form",
                    "Another admin changed the rules meanwhile; their values are shown. Apply your change again."),
                    HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/admin/load");
    }

    private ModelAndView page(LoadRulesForm form, long version, Map<String, String> errors, HttpStatus status) {
        ModelAndView mv = new ModelAndView("admin/load", status);
        mv.addObject("form", form);
        mv.addObject("version", version);
        mv.addObject("errors", errors);
        mv.addObject("refreshSeconds", refreshSeconds);
        return mv;
    }

    record AgentRow(String displayName, double load, int held, int heavy, int light, int reflections) {
        AgentRow(AgentLoad a, int reflections) {
            this(a.displayName(), Math.round(a.load() * 100) / 100.0, a.held(), a.heavy(), a.light(), reflections);
        }
    }

    record TeamView(List<AgentRow> agents) {
    }
}
