package io.attune.console.agent;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create agent and admin accounts (the URL is under /admin, so ADMIN only). */
@Controller
@RequestMapping("/admin/users")
class AccountsController {

    private final AgentAccounts accounts;

    AccountsController(AgentAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("form", NewAccountForm.empty());
        return "console/users";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors() && accounts.find(form.username()).isPresent()) {
            errors.rejectValue("username", "taken", "That username is already taken.");
        }
        if (errors.hasErrors()) {
            model.addAttribute("accounts", accounts.all());
            return "console/users";
        }
        accounts.create(form.username(), form.password(), form.displayName().strip(), form.role());
        redirect.addFlashAttribute("created", form.displayName().strip());
        return "redirect:/admin/users";
    }
}
