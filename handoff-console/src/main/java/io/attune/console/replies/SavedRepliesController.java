package io.attune.console.replies;

import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins write the saved replies (the URL is under /admin, so ADMIN only); agents insert them on the conversation page. */
@Controller
@RequestMapping("/admin/replies")
class SavedRepliesController {

    private final SavedReplies replies;

    SavedRepliesController(SavedReplies replies) {
        this.replies = replies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", SavedReplyForm.empty());
        return page(model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") SavedReplyForm form, BindingResult errors, Model model, Principal admin,
               RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        redirect.addFlashAttribute("saved", replies.add(form, admin.getName()).title());
        return "redirect:/admin/replies";
    }

    @PostMapping("/{id}")
    String change(@PathVariable String id, @Valid SavedReplyForm edited, BindingResult errors, Principal admin,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("refused", errors.getAllErrors().get(0).getDefaultMessage());
        } else if (!replies.change(id, edited, admin.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such saved reply");
        } else {
            redirect.addFlashAttribute("saved", edited.title().strip());
        }
        return "redirect:/admin/replies";
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable String id, RedirectAttributes redirect) {
        replies.remove(id);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/admin/replies";
    }

    private String page(Model model) {
        model.addAttribute("replies", replies.all());
        return "admin/replies";
    }
}
