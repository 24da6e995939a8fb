package io.attune.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** Deque's axe-core over what the browser shows now, the widget's frame included: its violations, one line each. */
public final class Axe {

    private Axe() {
    }

    /** @param where named in each line, so a list over many pages says which page broke a rule */
    public static List<String> violations(WebDriver driver, String where) {
        driver.switchTo().defaultContent();
        Results results = new AxeBuilder().analyze(driver);
        if (results.getErrorMessage() != null) {
            return List.of(where + ": axe could not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().flatMap(rule -> lines(where, rule).stream()).toList();
    }

    private static List<String> lines(String where, Rule rule) {
        return rule.getNodes().stream().map(node -> where + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
                + target(node) + ": " + rule.getHelp()).toList();
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }
}
