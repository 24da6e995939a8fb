package io.attune.console.conversation;

import io.attune.console.ConsoleErrors;
import io.attune.engine.EngineException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The conversation pages show a refusal as a page with the reason and a way back, never a stack trace. */
@ControllerAdvice(assignableTypes = {ConversationPageController.class, ConversationActionsController.class})
class ConsolePageErrors {

    @ExceptionHandler(EngineException.class)
    String refused(EngineException e, HttpServletResponse response, Model model) {
        return page(ConsoleErrors.status(e.code()).value(), e.getMessage(), response, model);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String malformed(HttpServletResponse response, Model model) {
        return page(400, "That is not a conversation id.", response, model);
    }

    @ExceptionHandler(BindException.class)
    String invalid(BindException e, HttpServletResponse response, Model model) {
        return page(400, e.getAllErrors().get(0).getDefaultMessage(), response, model);
    }

    private static String page(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("message", message);
        return "console/refused";
    }
}
