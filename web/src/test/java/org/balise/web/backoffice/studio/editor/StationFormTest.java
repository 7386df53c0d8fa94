package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class StationFormTest {

    private static final String TWO_STATIONS = """
            {"id": "c", "languages": ["fr"], "modes": ["on-site"],
             "progression": {"type": "graph"},
             "stations": [
               {"id": "fontaine", "title": {"fr": "Fontaine"}, "riddle": {"type": "text"}, "points": 10},
               {"id": "ecole", "title": {"fr": "École"}, "riddle": {"type": "text"}, "points": 10,
                "requires": {"stations": ["fontaine"]}}
             ]}""";

    @Test
    void renamingAStationFollowsItsNewIdInTheUnlockRulesThatNameIt() {
        Editing editing = Editing.of(TWO_STATIONS,
                context -> new StationForm(context, 0, CircuitNames.of(context.draft())));

        editing.field("/stations/0/id", TextField.class).setValue("grande-fontaine");

        assertThat(editing.draft.root().at("/stations/1/requires/stations/0").asString()).isEqualTo("grande-fontaine");
        assertThat(editing.redraws()).isEqualTo(1);
    }

    @Test
    void openingAStationChangesNothing() {
        Editing editing = Editing.of(TWO_STATIONS,
                context -> new StationForm(context, 1, CircuitNames.of(context.draft())));

        assertThat(editing.changes()).isZero();
    }
}
