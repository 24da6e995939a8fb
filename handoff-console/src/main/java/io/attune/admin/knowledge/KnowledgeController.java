package io.attune.admin.knowledge;

import io.attune.admin.knowledge.StoredKnowledge.Versioned;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.InvalidKnowledgeException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge-base editor: the bot's intents, their example phrasings and answers. A save retrains the bot. */
@Controller
@RequestMapping("/admin/knowledge")
class KnowledgeController {

    static final String LIST = "admin/knowledge";
    static final String INTENT = "admin/knowledge-intent";
    private static final String CONFLICT = "Another admin saved the knowledge base meanwhile. "
            + "Open it again to see their version, then apply your change again.";

    private final KnowledgeEditor editor;
    private final LiveKnowledge live;

    KnowledgeController(KnowledgeEditor editor, LiveKnowledge live) {
        this.editor = editor;
        this.live = live;
    }

    @GetMapping
    ModelAndView list() {
        return page(LIST, IntentForm.blank(editor.saved().version()), null, HttpStatus.OK);
    }

    @GetMapping("/intents/{name}")
    ModelAndView intent(@PathVariable String name) {
        Versioned saved = editor.saved();
        IntentDefinition intent = saved.base().intent(name).orElseThrow(() -> new UnknownIntentException(name));
        return page(INTENT, IntentForm.of(intent, saved.version()), null, HttpStatus.OK);
    }

    @PostMapping("/intents/{name}")
    ModelAndView save(@PathVariable String name, IntentForm form, Principal admin, RedirectAttributes redirect) {
        return saving(INTENT, form, () -> editor.replace(form.basedOn(), name, form.toDefinition(), admin.getName()),
                redirect);
    }

    @PostMapping("/intents")
    ModelAndView add(IntentForm form, Principal admin, RedirectAttributes redirect) {
        return saving(LIST, form, () -> editor.add(form.basedOn(), form.toDefinition(), admin.getName()), redirect);
    }

    @PostMapping("/intents/{name}/delete")
    ModelAndView remove(@PathVariable String name, @RequestParam long version, Principal admin,
                        RedirectAttributes redirect) {
        IntentForm form = new IntentForm(name, null, null, null, null, null, null, version);
        return saving(LIST, form, () -> editor.remove(version, name, admin.getName()), redirect);
    }

    @GetMapping("/status")
    @ResponseBody
    KnowledgeStatus status() {
        return live.status();
    }

    private ModelAndView saving(String view, IntentForm form, Supplier<Optional<Long>> edit, RedirectAttributes redirect) {
        try {
            if (edit.get().isEmpty()) {
                return page(view, form, CONFLICT, HttpStatus.CONFLICT);
            }
        } catch (IntentForm.LinkFieldException e) {
            ModelAndView mv = page(view, form, "A link cannot be saved: see the message beside it.", HttpStatus.BAD_REQUEST);
            mv.addObject("fieldErrors", Map.of(e.field(), e.getMessage()));
            return mv;
        } catch (InvalidKnowledgeException e) {
            String why = e.getMessage();
            return page(view, form, Character.toUpperCase(why.charAt(0)) + why.substring(1), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("saved", form.name());
        return new ModelAndView("redirect:/admin/knowledge");
    }

    private ModelAndView page(String view, IntentForm form, String error, HttpStatus status) {
        ModelAndView mv = new ModelAndView(view, status);
        mv.addObject("form", form);
        mv.addObject("error", error);
        mv.addObject("fieldErrors", Map.of());
        mv.addObject("base", editor.saved().base());
        mv.addObject("status", live.status());
        mv.addObject("flows", IntentDefinition.FLOWS.stream().sorted().toList());
        return mv;
    }
}
