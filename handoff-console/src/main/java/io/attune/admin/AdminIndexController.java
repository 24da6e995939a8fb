package io.attune.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: where each admin page is and what it is for (the README links here). */
@Controller
class AdminIndexController {

    @GetMapping({"/admin", "/admin/"})
    String index() {
        return "admin/index";
    }
}
