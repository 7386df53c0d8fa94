package org.balise.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Answering a station's riddle on screen, as a player does: buttons and boxes, no script. */
final class Riddles {

    private Riddles() {
    }

    static By card(String stationId) {
        return By.id("station-" + stationId);
    }

    static By inCard(String stationId, String css) {
        return By.cssSelector("#station-" + stationId + " " + css);
    }

    /** Puts an ordering riddle's items in this order with their up buttons. */
    static void order(Phone phone, String stationId, List<String> wanted) {
        for (int target = 0; target < wanted.size(); target++) {
            String text = wanted.get(target);
            for (int moves = 0; moves < wanted.size(); moves++) {
                List<WebElement> items = phone.driver().findElements(inCard(stationId, ".ordering__item"));
                int at = items.stream().map(item -> item.findElement(By.className("ordering__text")).getText()).toList().indexOf(text);
                if (at < 0) {
                    throw new AssertionError("No item \"" + text + "\" in the ordering riddle of " + stationId);
                }
                if (at == target) {
                    break;
                }
                WebElement up = items.get(at).findElement(By.cssSelector("button[aria-label^='Move']"));
                phone.script("arguments[0].scrollIntoView({block: 'center'})", up);
                up.click();
            }
        }
    }

    static void submit(Phone phone, String stationId) {
        phone.click(inCard(stationId, ".answer-form button[type=submit]"));
    }
}
