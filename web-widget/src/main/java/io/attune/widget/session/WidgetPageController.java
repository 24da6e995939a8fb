package io.attune.widget.session;

import io.attune.widget.WidgetProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages: the widget's frame, which only allowed sites may embed (CSP frame-ancestors), and the
 * demo shop at {@code /} that embeds the widget the way a customer's site would.
 */
@Controller
class WidgetPageController {

    private final WidgetProperties properties;

    WidgetPageController(WidgetProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/attune/frame.html")
    String frame(HttpServletRequest request, HttpServletResponse response) {
        // The frame's own WebSocket, named in full: older browsers do not count ws: as 'self'.
        String socket = (request.isSecure() ? "wss://" : "ws://") + request.getServerName() + ":" + request.getServerPort();
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self' "
                + String.join(" ", properties.allowedOrigins()) + "; default-src 'self'; connect-src 'self' " + socket
                + "; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'");
        response.setHeader("Cache-Control", CacheControl.noCache().getHeaderValue());
        return "attune/frame";
    }

    @GetMapping("/")
    String demoShop() {
        return "attune/demo-shop";
    }
}
